import { CallerIdConstants, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationConstants, GovernmentConstants } from 'botframework-connector';
import type { BotEndpointSettings } from '../config';

/** Every Bot Framework endpoint the bot uses, resolved: what was configured, else the SDK's value for the cloud. */
export interface BotEndpoints {
  validateAuthority: boolean;
  toBotFromChannelOpenIdMetadataUrl: string;
  toBotFromChannelTokenIssuer: string;
  toBotFromEmulatorOpenIdMetadataUrl: string;
  toChannelFromBotLoginUrl: string;
  toChannelFromBotOAuthScope: string;
  oAuthUrl: string;
  callerId: string;
  /** The login host of the chosen cloud: msal-node knows it; any other host must be named to msal. */
  cloudLoginHost: string;
}

const PUBLIC = {
  toBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
  toBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
  toBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  toChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
  toChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
  oAuthUrl: AuthenticationConstants.OAuthUrl,
  callerId: CallerIdConstants.PublicAzureChannel,
};

const US_GOVERNMENT = {
  toBotFromChannelOpenIdMetadataUrl: GovernmentConstants.ToBotFromChannelOpenIdMetadataUrl,
  toBotFromChannelTokenIssuer: GovernmentConstants.ToBotFromChannelTokenIssuer,
  toBotFromEmulatorOpenIdMetadataUrl: GovernmentConstants.ToBotFromEmulatorOpenIdMetadataUrl,
  toChannelFromBotLoginUrl: GovernmentConstants.ToChannelFromBotLoginUrl,
  toChannelFromBotOAuthScope: GovernmentConstants.ToChannelFromBotOAuthScope,
  oAuthUrl: GovernmentConstants.OAuthUrl,
  callerId: CallerIdConstants.USGovChannel,
};

/**
 * botbuilder treats its settings as all-or-nothing: once any one of them is set, every unset one
 * is taken as empty (BotFrameworkAuthenticationFactory.create), so setting only the OpenID URL
 * would break token issuance. Here each unset setting keeps the cloud's default instead.
 */
export function resolveBotEndpoints(settings: BotEndpointSettings): BotEndpoints {
  const cloud = settings.channelService === GovernmentConstants.ChannelService ? US_GOVERNMENT : PUBLIC;
  const pick = <K extends keyof typeof PUBLIC & keyof BotEndpointSettings>(key: K): string => settings[key] ?? cloud[key];
  return {
    validateAuthority: settings.validateAuthority ?? true,
    toBotFromChannelOpenIdMetadataUrl: pick('toBotFromChannelOpenIdMetadataUrl'),
    toBotFromChannelTokenIssuer: pick('toBotFromChannelTokenIssuer'),
    toBotFromEmulatorOpenIdMetadataUrl: pick('toBotFromEmulatorOpenIdMetadataUrl'),
    toChannelFromBotLoginUrl: pick('toChannelFromBotLoginUrl'),
    toChannelFromBotOAuthScope: pick('toChannelFromBotOAuthScope'),
    oAuthUrl: pick('oAuthUrl'),
    callerId: cloud.callerId,
    cloudLoginHost: new URL(cloud.toChannelFromBotLoginUrl).host,
  };
}

/** The same endpoints under botbuilder's names, for ConfigurationBotFrameworkAuthentication. */
export function authenticationOptions(endpoints: BotEndpoints): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    ValidateAuthority: endpoints.validateAuthority,
    ToBotFromChannelOpenIdMetadataUrl: endpoints.toBotFromChannelOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: endpoints.toBotFromChannelTokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: endpoints.toBotFromEmulatorOpenIdMetadataUrl,
    ToChannelFromBotLoginUrl: endpoints.toChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: endpoints.toChannelFromBotOAuthScope,
    OAuthUrl: endpoints.oAuthUrl,
    CallerId: endpoints.callerId,
  };
}
