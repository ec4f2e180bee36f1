import { z } from 'zod';
import {
  csv,
  dayList,
  DEFAULT_ATTACHMENT_TOKEN_HOSTS,
  DEFAULT_TEAMS_FILE_HOSTS,
  GOVERNMENT_CHANNEL_SERVICE,
  guid,
  hostList,
  httpsUrl,
  isPostgresUrl,
  optionalText,
} from './configFields';

/**
 * The environment's schema (config.ts turns it into the typed Config). The environment, parsed once at start-up. A bad value stops the process with one line naming the
 * variable (see `loadConfigOrExit`). Everything else receives a typed `Config`, never `process.env`.
 */
export const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0, 'must be a port number 0-65535').max(65535, 'must be a port number 0-65535').default(3978),
    HOST: optionalText,
    DATABASE_PATH: z.string().trim().min(1, 'must not be empty').default('data/id06.sqlite'),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .refine((v) => isPostgresUrl(v), 'must be a PostgreSQL URL such as postgres://user:password@host:5432/id06')
        .optional(),
    ),
    OUTBOX_POLL_MS: z.coerce.number().int().min(50, 'must be at least 50').max(600_000, 'must be at most 600000').default(1_000),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(10),
    PUBLIC_BASE_URL: z
      .url({ message: 'must be an absolute URL such as https://bot.example.com' })
      .optional()
      .transform((v) => v?.replace(/\/+$/, '')),
    MicrosoftAppId: optionalText.pipe(z.string().regex(guid, 'must be a GUID (the Entra app id)').optional()),
    MicrosoftAppPassword: optionalText,
    MicrosoftAppTenantId: optionalText.pipe(z.string().regex(guid, 'must be a GUID (the Entra tenant id)').optional()),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
    ALLOWED_TENANT_IDS: csv.pipe(z.array(z.string().regex(guid, 'must be a comma-separated list of tenant GUIDs'))),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SIGNING_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(256 * 1024),
    TURN_CALL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
    PROFILE_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4_000),
    BODY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
    ATTACHMENT_TOKEN_HOSTS: hostList(DEFAULT_ATTACHMENT_TOKEN_HOSTS),
    TEAMS_FILE_HOSTS: hostList(DEFAULT_TEAMS_FILE_HOSTS),
    MAX_IMPORT_ROWS: z.coerce.number().int().min(1, 'must be at least 1').max(10_000, 'must be at most 10000').default(300),
    REVIEWER_EMAILS: csv.pipe(z.array(z.email({ message: 'must be a comma-separated list of e-mail addresses' }))),
    REVIEW_CHANNEL_ID: optionalText,
    APPROVAL_REMINDER_DAYS: dayList('2,5'),
    APPROVAL_EXPIRY_DAYS: z.coerce.number().positive('must be a positive number of days').max(365).default(14),
    CARD_END_REMINDER_DAYS: dayList('60,14'),
    CARD_RENEWAL_WINDOW_DAYS: z.coerce.number().positive('must be a positive number of days').max(730).default(90),
    // Retention (src/services/retention): how long personal data is kept; see README "Retention".
    RETENTION_PHOTO_DAYS: z.coerce.number().positive('must be a positive number of days').max(3650).default(90),
    RETENTION_NUMBER_DAYS: z.coerce.number().positive('must be a positive number of days').max(3650).default(90),
    RETENTION_CARD_IN_USE_DAYS: z.coerce.number().positive('must be a positive number of days').max(7300).default(1826),
    RETENTION_DIALOG_DAYS: z.coerce.number().positive('must be a positive number of days').max(365).default(7),
    RETENTION_ORPHAN_HOURS: z.coerce.number().positive('must be a positive number of hours').max(720).default(24),
    // botbuilder's own names. Leave them unset in Azure: each unset one keeps the SDK's value for
    // the cloud named by ChannelService (public, or the US government cloud).
    ChannelService: optionalText.pipe(
      z.literal(GOVERNMENT_CHANNEL_SERVICE, { message: `must be empty (public cloud) or ${GOVERNMENT_CHANNEL_SERVICE}` }).optional(),
    ),
    ValidateAuthority: optionalText
      .transform((v) => v?.toLowerCase())
      .pipe(z.enum(['true', 'false'], { message: 'must be true or false' }).optional()),
    ToBotFromChannelOpenIdMetadataUrl: httpsUrl,
    ToBotFromChannelTokenIssuer: optionalText,
    ToBotFromEmulatorOpenIdMetadataUrl: httpsUrl,
    ToChannelFromBotLoginUrl: httpsUrl,
    ToChannelFromBotOAuthScope: optionalText,
    OAuthUrl: httpsUrl,
    // The Orders tab's Teams SSO tokens: where each tenant's Entra keys are and which issuers they
    // carry (`{tenantid}` is filled from the token); the public cloud's unless set.
    ENTRA_JWKS_URL: httpsUrl.pipe(z.string().includes('{tenantid}', { message: 'must contain {tenantid}' }).optional()),
    ENTRA_ISSUER: csv.pipe(z.array(z.string().regex(/^https:\/\/\S+$/, 'must be a comma-separated list of https issuer URLs'))),
    // Encryption at rest (src/crypto): key-encryption keys as id:base64, the current id, the blind index's key.
    DATA_KEYS: optionalText,
    DATA_KEY_ID: optionalText,
    DATA_INDEX_KEY: optionalText,
    TAB_APP_ID_URI: optionalText.pipe(
      z
        .string()
        .regex(/^api:\/\/\S+$/, 'must be an App ID URI such as api://bot.example.com/<app id>')
        .optional(),
    ),
    // Reaching cardholders the bot has never met (src/reach): Microsoft Graph, and e-mail.
    GRAPH_BASE_URL: httpsUrl,
    MICROSOFT_LOGIN_URL: httpsUrl,
    GRAPH_CLIENT_ID: optionalText.pipe(z.string().regex(guid, 'must be a GUID (the Entra app id)').optional()),
    GRAPH_CLIENT_SECRET: optionalText,
    TEAMS_APP_CATALOG_ID: optionalText.pipe(
      z
        .string()
        .regex(/^[\w-]{8,128}$/, "must be the app's id in the organisation's app catalog (a GUID)")
        .optional(),
    ),
    TEAMS_APP_EXTERNAL_ID: optionalText.pipe(z.string().regex(guid, "must be a GUID (the Teams manifest's id)").optional()),
    SMTP_URL: optionalText.pipe(
      z
        .url({ protocol: /^smtps?$/, message: 'must be an smtp:// or smtps:// URL such as smtps://user:password@mail.example.com:465' })
        .optional(),
    ),
    MAIL_FROM: optionalText.pipe(
      z
        .string()
        .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, 'must be an address such as ID06 <no-reply@example.com>')
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    const need = (path: keyof typeof env, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (env.GRAPH_CLIENT_ID && !env.GRAPH_CLIENT_SECRET) need('GRAPH_CLIENT_SECRET', 'is required when GRAPH_CLIENT_ID is set');
    if (!env.MicrosoftAppId) return;
    if (!env.SIGNING_SECRET) need('SIGNING_SECRET', 'is required in production mode (MicrosoftAppId is set)');
    if (!env.PUBLIC_BASE_URL?.startsWith('https://')) need('PUBLIC_BASE_URL', 'must be an https URL in production mode');
    for (const name of ['DATA_KEYS', 'DATA_KEY_ID', 'DATA_INDEX_KEY'] as const)
      if (!env[name]) need(name, 'is required in production mode (personal data is encrypted at rest)');
    if (env.ALLOWED_TENANT_IDS.length === 0) need('ALLOWED_TENANT_IDS', 'must list at least one tenant in production mode');
    if (env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId)
      need('MicrosoftAppTenantId', 'is required when MicrosoftAppType is SingleTenant');
    if (env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword)
      need('MicrosoftAppPassword', 'is required unless MicrosoftAppType is UserAssignedMSI');
  });

export type Env = z.infer<typeof envSchema>;
