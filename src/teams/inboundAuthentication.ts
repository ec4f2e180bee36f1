import { ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Logger } from '../logger';
import { withCallDeadline } from './callDeadline';
import { BoundedCache } from './boundedCache';

type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>[0];
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;
type ConnectorClient = Awaited<ReturnType<NonNullable<AuthenticateRequestResult['connectorFactory']>['create']>>;

/** jsonwebtoken's verdicts on a token (bad signature, malformed, not yet valid): the caller's fault, so 401. */
const TOKEN_VERDICTS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/** The one answer to a request whose token is not accepted, whatever the reason. */
const UNAUTHORIZED = () => new AuthenticationError('Unauthorized', 401);

/**
 * Bot Framework authentication of inbound activities, as botbuilder does it, plus two things the
 * operator needs:
 * - every refusal is logged once (`auth.refused`, with botbuilder's reason and, for the usual
 *   deployment mistake, a hint), instead of only a stack on stderr;
 * - every refusal is a 401 whose body says only "Unauthorized": botbuilder's CloudAdapter writes
 *   the error's message into the body (internal network errors, metadata URLs) and answers 500
 *   for anything but an AuthenticationError. The reason goes to the log only.
 * Failures to load the channel's OpenID metadata are the bot's problem and logged as errors.
 */
export class InboundAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    credentials: ServiceClientCredentialsFactory,
    private readonly log: Logger,
    private readonly appId: string,
    private readonly openIdMetadataUrl: string,
    /** Longest one outgoing call of a turn may take, retries included (src/teams/callDeadline.ts). */
    private readonly turnCallTimeoutMs: number,
  ) {
    super(options, credentials);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw this.refusal(err as Error, activity);
    }
    // The turn's replies, updates and member lookups all go through clients made by this factory.
    const factory = result.connectorFactory;
    if (factory) {
      const create = factory.create.bind(factory);
      const appId = (factory as { appId?: string }).appId ?? '';
      factory.create = (serviceUrl, audience) =>
        this.clients.get(`${appId}\n${serviceUrl}\n${audience ?? ''}`, async () =>
          withCallDeadline(await create(serviceUrl, audience), this.turnCallTimeoutMs),
        );
    }
    return result;
  }

  /**
   * One connector client per (app, service URL, audience), shared by every turn: botbuilder builds a
   * new one for each turn (a whole @azure/core-client pipeline and a credentials object, about a
   * sixth of a dialog turn's CPU). A client holds no per-turn state: its deadline policy starts a
   * new deadline for every call, and its credentials are the factory's, tokens cached by msal.
   */
  private readonly clients = new BoundedCache<ConnectorClient>(64);

  /**
   * botbuilder also makes a user-token client (OAuth sign-in, which this bot does not use) for every
   * turn, with its own pipeline: one per app, shared, like the connector clients.
   */
  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const claim = (type: string) => claimsIdentity?.getClaimValue?.(type) ?? '';
    return this.userTokenClients.get(`${claim('aud')}\n${claim('appid')}\n${claim('azp')}`, () =>
      super.createUserTokenClient(claimsIdentity),
    );
  }

  private readonly userTokenClients = new BoundedCache<UserTokenClient>(16);

  private refusal(err: Error, activity: Activity): Error {
    const reason = String(err.message).slice(0, 300);
    const context = { channelId: activity.channelId, conversationId: activity.conversation?.id };
    if (err instanceof AuthenticationError && err.statusCode >= 500) {
      this.log.error(
        { event: 'auth.metadata_failed', reason, metadataUrl: this.openIdMetadataUrl, ...context },
        'cannot check Bot Framework tokens',
      );
      return UNAUTHORIZED();
    }
    if (!(err instanceof AuthenticationError) && !TOKEN_VERDICTS.has(err.name)) {
      this.log.error(
        { event: 'auth.failed', reason, metadataUrl: this.openIdMetadataUrl, ...context },
        'could not check the Bot Framework token',
      );
      return UNAUTHORIZED();
    }
    const audience = /Invalid AppId passed on token: (.*)$/.exec(reason)?.[1];
    const hint = audience ? `the token is for app ${audience}, but MicrosoftAppId is ${this.appId}: use the Azure Bot's app id` : undefined;
    this.log.warn(
      { event: 'auth.refused', reason, ...(hint ? { hint } : {}), ...context },
      'activity refused: Bot Framework token not accepted',
    );
    return UNAUTHORIZED();
  }
}
