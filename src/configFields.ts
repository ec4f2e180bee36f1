import { z } from 'zod';

/** The zod field types of the environment (config.ts): text, URLs, lists, host allow-lists. */
export const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

export function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && !!url.hostname && url.pathname.length > 1;
  } catch {
    return false;
  }
}

/** botbuilder's GovernmentConstants.ChannelService (config.ts stays free of botbuilder imports). */
export const GOVERNMENT_CHANNEL_SERVICE = 'https://botframework.azure.us';

export const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const httpsUrl = optionalText.pipe(z.url({ protocol: /^https$/, message: 'must be an absolute https URL' }).optional());

/** A comma-separated list of day counts (reminders), at most ten. */
export const dayList = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? fallback)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map(Number),
    )
    .pipe(z.array(z.number().positive('must be a comma-separated list of positive day counts')).max(10));

export const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * Where the bot fetches attachments (src/teams/attachments.ts). Inline images live on the Bot
 * Framework's attachment service and need the bot's token; Teams files are pre-authorised
 * SharePoint / OneDrive links and never get it. Commercial and US government clouds.
 */
export const DEFAULT_ATTACHMENT_TOKEN_HOSTS = [
  'smba.trafficmanager.net',
  '*.botframework.com',
  '*.botframework.azure.us',
  '*.teams.microsoft.com',
  '*.teams.microsoft.us',
];
export const DEFAULT_TEAMS_FILE_HOSTS = ['*.sharepoint.com', '*.sharepoint.us', '*.sharepoint-mil.us', 'onedrive.live.com', '*.1drv.com'];

export const hostEntry = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;
export const hostList = (defaults: string[]) =>
  csv
    .transform((v) => (v.length > 0 ? v : defaults))
    .pipe(z.array(z.string().regex(hostEntry, 'must be a comma-separated list of host names, *.domain or host:port')));
