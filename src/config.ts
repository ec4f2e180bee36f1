import { KeyConfigError, parseKeyRing, type KeyRing } from './crypto/keyRing';
import type { RetentionPolicy } from './services/retention/policy';
import {
  DEFAULT_ENTRA_ISSUERS,
  DEFAULT_ENTRA_JWKS_URL,
  DEFAULT_GRAPH_BASE_URL,
  DEFAULT_MICROSOFT_LOGIN_URL,
  type BotEndpointSettings,
  type GraphSettings,
  type MailSettings,
  type TabSsoSettings,
} from './configSettings';

export * from './configSettings';
export { DEFAULT_ATTACHMENT_TOKEN_HOSTS, DEFAULT_TEAMS_FILE_HOSTS, GOVERNMENT_CHANNEL_SERVICE } from './configFields';

import { envSchema, type Env } from './configEnv';

export type { Env } from './configEnv';

export interface Config {
  mode: 'local' | 'production';
  port: number;
  host: string;
  databasePath: string;
  /** Set: PostgreSQL (several instances may share it); unset: SQLite at `databasePath`. */
  databaseUrl: string | null;
  databasePoolMax: number;
  /** Longest the outbox worker sleeps: it is woken sooner by enqueues (this instance's, or NOTIFY from others). */
  outboxPollMs: number;
  publicBaseUrl: string;
  logLevel: Env['LOG_LEVEL'];
  allowedTenantIds: string[];
  signingSecret: string;
  maxBodyBytes: number;
  /** How long an activity's body may take to arrive. */
  bodyTimeoutMs: number;
  maxImportRows: number;
  /** Allow-lists for attachment downloads; in local mode the local connector is trusted too. */
  attachments: { tokenHosts: string[]; fileHosts: string[] };
  /** Issuer reviewers: by e-mail, and/or everyone acting in one review channel. */
  reviewers: { emails: string[]; channelConversationId: string | null };
  /** Cardholder approvals: reminders after these days, expiry after `expiryDays`. */
  approvals: { reminderDays: number[]; expiryDays: number };
  /** Cards in use: end reminders this many days before valid-until (largest first); Renew offered within the window. */
  cards: { endReminderDays: number[]; renewalWindowDays: number };
  /** How long personal data is kept (the daily retention job). */
  retention: RetentionPolicy;
  /** Keys sealing personal data at rest; null in local mode without DATA_KEYS (a development key file is used). */
  keys: KeyRing | null;
  /** The Orders tab: Teams SSO in production, a marked development sign-in in local mode. */
  tab: { sso: TabSsoSettings | null };
  /** Reaching cardholders the bot has never met: installing the app through Graph, and e-mail with a link. */
  reach: { graph: GraphSettings | null; mail: MailSettings | null };
  bot: {
    appId?: string;
    appPassword?: string;
    appTenantId?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    /** Longest one reply or update of a turn may take, the SDK's retries included; then the turn ends. */
    turnCallTimeoutMs: number;
    /** Longest the member-profile fetch on first contact may take; then it is retried on the next turn. */
    profileFetchTimeoutMs: number;
    /** Bot Framework endpoints as set; unset ones get the SDK's defaults (src/teams/botAuthentication.ts). */
    endpoints: BotEndpointSettings;
  };
}

export class ConfigError extends Error {}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    const value = env[name];
    throw new ConfigError(
      `${name}: ${issue.message}${value !== undefined && !/PASSWORD|SECRET|DATABASE_URL|DATA_KEYS|DATA_INDEX_KEY|SMTP_URL/i.test(name) ? ` (got "${value}")` : ''}`,
    );
  }
  const e = parsed.data;
  let keys: KeyRing | null = null;
  if (e.DATA_KEYS || e.DATA_KEY_ID || e.DATA_INDEX_KEY) {
    try {
      keys = parseKeyRing({ dataKeys: e.DATA_KEYS ?? '', dataKeyId: e.DATA_KEY_ID ?? '', indexKey: e.DATA_INDEX_KEY ?? '' });
    } catch (err) {
      if (err instanceof KeyConfigError) throw new ConfigError(err.message);
      throw err;
    }
  }
  const mode = e.MicrosoftAppId ? 'production' : 'local';
  const port = e.PORT;
  return {
    mode,
    port,
    // Local mode has no authentication, so it must never be reachable from another machine.
    host: mode === 'local' ? '127.0.0.1' : (e.HOST ?? '0.0.0.0'),
    databasePath: e.DATABASE_PATH,
    databaseUrl: e.DATABASE_URL ?? null,
    databasePoolMax: e.DATABASE_POOL_MAX,
    outboxPollMs: e.OUTBOX_POLL_MS,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://127.0.0.1:${port}`,
    logLevel: e.LOG_LEVEL,
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    // Local mode only: a fixed development secret so signed links survive a restart of the bot.
    signingSecret: e.SIGNING_SECRET ?? 'local-development-signing-secret-not-for-production',
    maxBodyBytes: e.MAX_BODY_BYTES,
    bodyTimeoutMs: e.BODY_TIMEOUT_MS,
    maxImportRows: e.MAX_IMPORT_ROWS,
    attachments: { tokenHosts: e.ATTACHMENT_TOKEN_HOSTS, fileHosts: e.TEAMS_FILE_HOSTS },
    keys,
    approvals: { reminderDays: [...e.APPROVAL_REMINDER_DAYS].sort((a, b) => a - b), expiryDays: e.APPROVAL_EXPIRY_DAYS },
    // Largest first: the first reminder is the one furthest from the card's end.
    cards: { endReminderDays: [...e.CARD_END_REMINDER_DAYS].sort((a, b) => b - a), renewalWindowDays: e.CARD_RENEWAL_WINDOW_DAYS },
    retention: {
      photoDays: e.RETENTION_PHOTO_DAYS,
      numberDays: e.RETENTION_NUMBER_DAYS,
      cardInUseDays: e.RETENTION_CARD_IN_USE_DAYS,
      dialogDays: e.RETENTION_DIALOG_DAYS,
      orphanHours: e.RETENTION_ORPHAN_HOURS,
    },
    reviewers: { emails: e.REVIEWER_EMAILS.map((m) => m.toLowerCase()), channelConversationId: e.REVIEW_CHANNEL_ID?.split(';')[0] ?? null },
    tab: {
      sso: e.MicrosoftAppId
        ? {
            appId: e.MicrosoftAppId,
            appIdUri: e.TAB_APP_ID_URI ?? `api://${new URL(e.PUBLIC_BASE_URL ?? `http://127.0.0.1:${port}`).host}/${e.MicrosoftAppId}`,
            jwksUrl: e.ENTRA_JWKS_URL ?? DEFAULT_ENTRA_JWKS_URL,
            issuers: e.ENTRA_ISSUER.length > 0 ? e.ENTRA_ISSUER : DEFAULT_ENTRA_ISSUERS,
            allowedTenantIds: e.ALLOWED_TENANT_IDS,
          }
        : null,
    },
    reach: {
      graph: graphSettings(e),
      mail: e.SMTP_URL
        ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM ?? `ID06 <no-reply@${new URL(e.PUBLIC_BASE_URL ?? 'http://localhost').hostname}>` }
        : null,
    },
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appTenantId: e.MicrosoftAppTenantId,
      appType: e.MicrosoftAppType ?? (e.MicrosoftAppTenantId ? 'SingleTenant' : 'MultiTenant'),
      turnCallTimeoutMs: e.TURN_CALL_TIMEOUT_MS,
      profileFetchTimeoutMs: e.PROFILE_FETCH_TIMEOUT_MS,
      endpoints: {
        channelService: e.ChannelService,
        validateAuthority: e.ValidateAuthority === undefined ? undefined : e.ValidateAuthority === 'true',
        toBotFromChannelOpenIdMetadataUrl: e.ToBotFromChannelOpenIdMetadataUrl,
        toBotFromChannelTokenIssuer: e.ToBotFromChannelTokenIssuer,
        toBotFromEmulatorOpenIdMetadataUrl: e.ToBotFromEmulatorOpenIdMetadataUrl,
        toChannelFromBotLoginUrl: e.ToChannelFromBotLoginUrl,
        toChannelFromBotOAuthScope: e.ToChannelFromBotOAuthScope,
        oAuthUrl: e.OAuthUrl,
      },
    },
  };
}

/** Graph is on when there are client credentials: GRAPH_CLIENT_* (e.g. a separate app registration), else the bot's own. */
function graphSettings(e: Env): GraphSettings | null {
  const clientId = e.GRAPH_CLIENT_ID ?? (e.MicrosoftAppType === 'UserAssignedMSI' ? undefined : e.MicrosoftAppId);
  const clientSecret = e.GRAPH_CLIENT_ID ? e.GRAPH_CLIENT_SECRET : e.MicrosoftAppPassword;
  if (!clientId || !clientSecret) return null;
  return {
    baseUrl: (e.GRAPH_BASE_URL ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, ''),
    loginUrl: (e.MICROSOFT_LOGIN_URL ?? DEFAULT_MICROSOFT_LOGIN_URL).replace(/\/+$/, ''),
    clientId,
    clientSecret,
    catalogAppId: e.TEAMS_APP_CATALOG_ID ?? null,
    externalAppId: e.TEAMS_APP_EXTERNAL_ID ?? e.MicrosoftAppId ?? clientId,
  };
}

/** For the composition root: one line on stderr and exit code 2 on a bad environment. */
export function loadConfigOrExit(env: Record<string, string | undefined> = process.env): Config {
  try {
    return parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}
