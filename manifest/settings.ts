import { z } from 'zod';

/** What the packaging step needs from the environment, already checked and with defaults filled. */
export interface ManifestSettings {
  /** The bot's Entra app id: the Teams app id and `bots[0].botId`. */
  readonly appId: string;
  readonly appVersion: string;
  /** Host of PUBLIC_BASE_URL, where the upload page and dialogs are served (`validDomains`). */
  readonly publicHost: string;
  /** The Orders tab (`staticTabs`, `configurableTabs`): PUBLIC_BASE_URL + tab/. */
  readonly tabUrl: string;
  /** `webApplicationInfo.resource`, the App ID URI Teams SSO tokens are for: `api://<host>/<app id>` unless TAB_APP_ID_URI says otherwise. */
  readonly appIdUri: string;
  readonly developer: {
    readonly name: string;
    readonly websiteUrl: string;
    readonly privacyUrl: string;
    readonly termsOfUseUrl: string;
  };
}

export type SettingsResult =
  | { ok: true; settings: ManifestSettings }
  /** One line per bad variable, each starting with the variable's name. */
  | { ok: false; problems: string[] };

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const APP_VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const DEVELOPER_NAME_MAX = 32;

function isHttpsUrl(value: string): boolean {
  return URL.canParse(value) && new URL(value).protocol === 'https:';
}

// An empty variable (`MicrosoftAppId=` in a .env file) means "not set".
const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const unset = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema);
const httpsUrl = (required?: string) =>
  z.string(required ? { error: `is required (${required})` } : undefined).refine(isHttpsUrl, 'must be an https:// URL');

const envSchema = z.object({
  MicrosoftAppId: unset(
    z.string({ error: "is required (the bot's Entra app id)" }).regex(GUID, 'must be a GUID, e.g. 00000000-0000-0000-0000-000000000000'),
  ),
  PUBLIC_BASE_URL: unset(httpsUrl('the https URL the bot is served at')),
  APP_VERSION: unset(z.string().regex(APP_VERSION, 'must be MAJOR.MINOR.PATCH, e.g. 1.4.0')),
  DEVELOPER_NAME: unset(z.string().max(DEVELOPER_NAME_MAX, `must be at most ${DEVELOPER_NAME_MAX} characters`).optional()),
  DEVELOPER_WEBSITE_URL: unset(httpsUrl().optional()),
  DEVELOPER_PRIVACY_URL: unset(httpsUrl().optional()),
  DEVELOPER_TERMS_URL: unset(httpsUrl().optional()),
  TAB_APP_ID_URI: unset(
    z
      .string()
      .regex(/^api:\/\/\S+$/, 'must be an App ID URI such as api://bot.example.com/<app id>')
      .optional(),
  ),
});

/**
 * Reads the packaging settings from `env`. `defaultVersion` (package.json's version) is used when
 * APP_VERSION is not set. Developer URLs default to pages under PUBLIC_BASE_URL.
 */
export function settingsFromEnv(env: NodeJS.ProcessEnv, defaultVersion: string): SettingsResult {
  const parsed = envSchema.safeParse({ ...env, APP_VERSION: blankIsUnset(env.APP_VERSION) ?? defaultVersion });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`);
    return { ok: false, problems: [...new Set(problems)] };
  }
  const vars = parsed.data;
  const base = new URL(vars.PUBLIC_BASE_URL);
  base.search = '';
  base.hash = '';
  // A trailing slash makes `privacy` resolve below a base path (https://host/bot/ -> /bot/privacy).
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const page = (path: string) => new URL(path, base).href;
  return {
    ok: true,
    settings: {
      appId: vars.MicrosoftAppId,
      appVersion: vars.APP_VERSION,
      publicHost: base.hostname,
      tabUrl: page('tab/'),
      appIdUri: vars.TAB_APP_ID_URI ?? `api://${base.host}/${vars.MicrosoftAppId}`,
      developer: {
        name: vars.DEVELOPER_NAME ?? base.hostname.slice(0, DEVELOPER_NAME_MAX),
        websiteUrl: vars.DEVELOPER_WEBSITE_URL ?? base.href,
        privacyUrl: vars.DEVELOPER_PRIVACY_URL ?? page('privacy'),
        termsOfUseUrl: vars.DEVELOPER_TERMS_URL ?? page('terms'),
      },
    },
  };
}
