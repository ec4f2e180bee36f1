import {
  ConfidentialClientApplication,
  LogLevel,
  type AuthenticationResult,
  type ClientCredentialRequest,
  type Configuration,
} from '@azure/msal-node';
import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import { MsalServiceClientCredentialsFactory, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { BotEndpoints } from './botEndpoints';
import { tokenFailureHint } from './tokenFailureHint';

type BotSettings = Config['bot'];

/** msal-node sets no timeout on its token POST; a hung login endpoint must not hold a turn or an outbox claim. */
const TOKEN_TIMEOUT_MS = 20_000;

/**
 * The msal-node configuration of the bot's outgoing token (client credentials for the channel).
 *
 * - authority: the login URL; for a SingleTenant app its last path segment (the Bot Framework's
 *   own tenant, `botframework.com`) becomes MicrosoftAppTenantId, as botbuilder does.
 * - knownAuthorities: msal-node looks up any host it does not know at login.microsoftonline.com
 *   (instance discovery). A login host other than the cloud's own, or ValidateAuthority=false, is
 *   named here instead, so msal reads `<authority>/v2.0/.well-known/openid-configuration` from
 *   that host itself. With the defaults nothing is set: the SDK's behaviour is unchanged.
 */
export function msalConfiguration(bot: BotSettings, endpoints: BotEndpoints): Configuration {
  const login = new URL(endpoints.toChannelFromBotLoginUrl);
  const custom = login.host !== endpoints.cloudLoginHost || !endpoints.validateAuthority;
  return {
    auth: {
      clientId: bot.appId ?? '',
      clientSecret: bot.appPassword ?? '',
      authority: authorityOf(login, bot.appType === 'SingleTenant' ? bot.appTenantId : undefined),
      ...(custom ? { knownAuthorities: [login.host] } : {}),
    },
  };
}

function authorityOf(login: URL, tenantId: string | undefined): string {
  const segments = login.pathname.split('/').filter(Boolean);
  if (tenantId) segments.splice(Math.max(segments.length - 1, 0), 1, tenantId);
  return `${login.origin}/${segments.join('/')}`;
}

/** Our msal client: logs each failed token request once with what to check, and gives up after a timeout. */
class BotClientApplication extends ConfidentialClientApplication {
  constructor(
    configuration: Configuration,
    private readonly log: Logger,
    private readonly authority: string,
  ) {
    super(configuration);
  }

  override async acquireTokenByClientCredential(request: ClientCredentialRequest): Promise<AuthenticationResult | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer from the login endpoint ${this.authority} within ${TOKEN_TIMEOUT_MS} ms`)),
        TOKEN_TIMEOUT_MS,
      );
    });
    try {
      return await Promise.race([super.acquireTokenByClientCredential(request), timeout]);
    } catch (err) {
      const { code, hint } = tokenFailureHint(err, this.authority);
      this.log.error(
        { event: 'auth.token_failed', code, hint, authority: this.authority, scopes: request.scopes, reason: (err as Error).message },
        `cannot get the bot's token: ${hint}`,
      );
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface BotCredentials {
  factory: ServiceClientCredentialsFactory;
  /**
   * Gets a fresh channel token the way a send would, without filling botbuilder's process-wide
   * token cache (so the first send still gets its own token through its own adapter).
   */
  probe(): Promise<void>;
}

/**
 * The bot's credentials for calling the channel. Passwords go through our own msal client (see
 * msalConfiguration); a managed identity and local mode (no app id: no authentication) use
 * botbuilder's factory unchanged.
 */
export function createBotCredentials(bot: BotSettings, endpoints: BotEndpoints, log: Logger): BotCredentials {
  const scope = endpoints.toChannelFromBotOAuthScope;
  if (!bot.appId || bot.appType === 'UserAssignedMSI') {
    const factory = new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: bot.appId ?? '',
      MicrosoftAppTenantId: bot.appTenantId ?? '',
      MicrosoftAppType: bot.appId ? bot.appType : undefined,
    });
    const probe = async () => {
      const credentials = await factory.createCredentials(
        bot.appId ?? '',
        scope,
        endpoints.toChannelFromBotLoginUrl,
        endpoints.validateAuthority,
      );
      await (credentials as unknown as { getToken(forceRefresh?: boolean): Promise<string> }).getToken(true);
    };
    return { factory, probe };
  }
  const configuration = msalConfiguration(bot, endpoints);
  configuration.system = {
    loggerOptions: {
      logLevel: LogLevel.Error,
      piiLoggingEnabled: false,
      loggerCallback: (level, message) => {
        if (level <= LogLevel.Error) log.warn({ event: 'auth.msal', msalLevel: LogLevel[level] }, message);
      },
    },
  };
  const client = new BotClientApplication(configuration, log, configuration.auth.authority!);
  return {
    factory: new MsalServiceClientCredentialsFactory(bot.appId, client),
    // The scope as MsalAppCredentials asks for it.
    probe: async () =>
      void (await client.acquireTokenByClientCredential({
        scopes: [scope.endsWith('/.default') ? scope : `${scope}/.default`],
        skipCache: true,
      })),
  };
}
