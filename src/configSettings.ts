/**
 * The settings shapes and defaults of the parts of Config that stand on their own (the tab's SSO,
 * Microsoft Graph, mail, Bot Framework endpoints): read by config.ts, which re-exports them.
 */
export const DEFAULT_ENTRA_JWKS_URL = 'https://login.microsoftonline.com/{tenantid}/discovery/v2.0/keys';
/** v2.0 tokens, and v1.0 ones (the default for an app registration whose accessTokenAcceptedVersion is unset). */
export const DEFAULT_ENTRA_ISSUERS = ['https://login.microsoftonline.com/{tenantid}/v2.0', 'https://sts.windows.net/{tenantid}/'];

export interface TabSsoSettings {
  /** Accepted audiences: the app id (v2.0 tokens) and its App ID URI `api://<host>/<app id>` (v1.0 tokens). */
  appId: string;
  appIdUri: string;
  /** Templates with `{tenantid}`, filled from the token's `tid`. */
  jwksUrl: string;
  issuers: string[];
  allowedTenantIds: string[];
}

export const DEFAULT_GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const DEFAULT_MICROSOFT_LOGIN_URL = 'https://login.microsoftonline.com';

/** Client credentials (application permissions) for Microsoft Graph, in the tenant of each order. */
export interface GraphSettings {
  baseUrl: string;
  /** Tokens come from `<loginUrl>/<tenant id>/oauth2/v2.0/token`. */
  loginUrl: string;
  clientId: string;
  clientSecret: string;
  /** The app's id in the organisation's app catalog; null: looked up by `externalAppId` (needs AppCatalog.Read.All). */
  catalogAppId: string | null;
  /** The Teams manifest's id (the bot's app id unless set). */
  externalAppId: string;
}

export interface MailSettings {
  smtpUrl: string;
  from: string;
}

export interface BotEndpointSettings {
  channelService?: string;
  validateAuthority?: boolean;
  toBotFromChannelOpenIdMetadataUrl?: string;
  toBotFromChannelTokenIssuer?: string;
  toBotFromEmulatorOpenIdMetadataUrl?: string;
  toChannelFromBotLoginUrl?: string;
  toChannelFromBotOAuthScope?: string;
  oAuthUrl?: string;
}
