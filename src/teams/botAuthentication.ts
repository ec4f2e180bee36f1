import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { createBotCredentials, msalConfiguration } from './botCredentials';
import { authenticationOptions, resolveBotEndpoints, type BotEndpoints } from './botEndpoints';
import { InboundAuthentication } from './inboundAuthentication';
import { tokenFailureHint } from './tokenFailureHint';

/**
 * The one place the bot's Bot Framework authentication is assembled from the configuration. The
 * inbound adapter (src/app.ts) and the proactive sender (SingleAttemptAuthentication) both take
 * `options` and `credentials` from here, so they cannot drift apart.
 */
export interface BotAuthentication {
  endpoints: BotEndpoints;
  /** botbuilder's ConfigurationBotFrameworkAuthentication settings, every endpoint filled in. */
  options: ConfigurationBotFrameworkAuthenticationOptions;
  credentials: ServiceClientCredentialsFactory;
  /** For the inbound CloudAdapter: validates channel tokens, logs refusals. */
  inbound: InboundAuthentication;
  /**
   * Gets the bot's token once (production only), so a wrong app id or secret shows in the log at
   * start-up rather than at the first message. Never throws: the bot keeps running (Entra may be
   * down for a minute), and each later attempt logs again.
   */
  checkToken(): Promise<boolean>;
}

export function createBotAuthentication(bot: Config['bot'], log: Logger): BotAuthentication {
  const endpoints = resolveBotEndpoints(bot.endpoints);
  const options = authenticationOptions(endpoints);
  const { factory: credentials, probe } = createBotCredentials(bot, endpoints, log);
  const appId = bot.appId ?? '';
  const authority = bot.appType === 'UserAssignedMSI' ? 'managed identity' : (msalConfiguration(bot, endpoints).auth.authority ?? '');
  return {
    endpoints,
    options,
    credentials,
    inbound: new InboundAuthentication(
      options,
      credentials,
      log,
      appId,
      endpoints.toBotFromChannelOpenIdMetadataUrl,
      bot.turnCallTimeoutMs,
    ),
    async checkToken() {
      if (!appId) return true;
      const scope = endpoints.toChannelFromBotOAuthScope;
      try {
        await probe();
        log.info({ event: 'auth.bot_token', ok: true, appId, authority, scope }, "the bot's token works");
        return true;
      } catch (err) {
        const { code, hint } = tokenFailureHint(err, authority);
        log.error(
          { event: 'auth.bot_token', ok: false, appId, authority, scope, code, hint },
          `the bot cannot get its token, so it cannot answer anyone: ${hint}`,
        );
        return false;
      }
    },
  };
}
