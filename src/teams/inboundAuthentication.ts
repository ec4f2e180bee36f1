import { ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Logger } from '../logger';
import { withCallDeadline } from './callDeadline';

/** jsonwebtoken's verdicts on a token (bad signature, malformed, not yet valid): the caller's fault, so 401. */
const TOKEN_VERDICTS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * Bot Framework authentication of inbound activities, as botbuilder does it, plus two things the
 * operator needs:
 * - every refusal is logged once (`auth.refused`, with botbuilder's reason and, for the usual
 *   deployment mistake, a hint), instead of only a stack on stderr;
 * - a token that fails jsonwebtoken's own checks (e.g. a forged signature under a published key
 *   id) is a 401, not the 500 that botbuilder's CloudAdapter answers for non-AuthenticationErrors.
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
      factory.create = async (serviceUrl, audience) => withCallDeadline(await create(serviceUrl, audience), this.turnCallTimeoutMs);
    }
    return result;
  }

  private refusal(err: Error, activity: Activity): Error {
    const reason = String(err.message).slice(0, 300);
    const context = { channelId: activity.channelId, conversationId: activity.conversation?.id };
    if (err instanceof AuthenticationError && err.statusCode >= 500) {
      this.log.error({ event: 'auth.metadata_failed', reason, metadataUrl: this.openIdMetadataUrl, ...context }, 'cannot check Bot Framework tokens');
      return err;
    }
    if (!(err instanceof AuthenticationError) && !TOKEN_VERDICTS.has(err.name)) {
      this.log.error({ event: 'auth.failed', reason, metadataUrl: this.openIdMetadataUrl, ...context }, 'could not check the Bot Framework token');
      return err;
    }
    const audience = /Invalid AppId passed on token: (.*)$/.exec(reason)?.[1];
    const hint = audience ? `the token is for app ${audience}, but MicrosoftAppId is ${this.appId}: use the Azure Bot's app id` : undefined;
    this.log.warn({ event: 'auth.refused', reason, ...(hint ? { hint } : {}), ...context }, 'activity refused: Bot Framework token not accepted');
    return err instanceof AuthenticationError ? err : new AuthenticationError(`Unauthorized. ${reason}`, 401);
  }
}
