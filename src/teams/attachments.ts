import type { Attachment, TurnContext } from 'botbuilder';
import { guardedDownload, DownloadFailedError, DownloadRefusedError, DownloadTooLargeError } from '../http/guardedDownload';
import { hostEntryOf, loggableUrl } from '../http/hostList';
import type { Translate } from '../i18n';

export const TEAMS_FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

export {
  DownloadTooLargeError as AttachmentTooLargeError,
  DownloadFailedError as AttachmentDownloadError,
  DownloadRefusedError as AttachmentRefusedError,
};

/**
 * Where attachments may come from. `tokenHosts` serve inline images and may receive the bot's
 * token (the Bot Framework's attachment service); `fileHosts` serve Teams files' pre-authorised
 * `downloadUrl`s (SharePoint / OneDrive) and never get it. In local mode the activity's own
 * `serviceUrl` (the local connector, the Playground) counts as both.
 */
export interface AttachmentHosts {
  tokenHosts: readonly string[];
  fileHosts: readonly string[];
  trustServiceUrl: boolean;
}

/**
 * The image attachments of a message: inline/pasted images (`image/*`, fetched with the bot's
 * token) and Teams files (pre-authorised `downloadUrl`). The `text/html` sibling is ignored.
 */
export function imageAttachments(attachments: Attachment[] | undefined): Attachment[] {
  return (attachments ?? []).filter(
    (a) => a.contentType === TEAMS_FILE_DOWNLOAD_INFO || (a.contentType?.startsWith('image/') && !!a.contentUrl),
  );
}

async function botToken(context: TurnContext): Promise<string | undefined> {
  const connector = context.turnState.get(context.adapter.ConnectorClientKey) as
    { credentials?: { appId?: string; getToken?: () => Promise<string> } } | undefined;
  const credentials = connector?.credentials;
  if (!credentials?.appId || typeof credentials.getToken !== 'function') return undefined; // local mode: no auth
  return credentials.getToken();
}

function serviceHost(context: TurnContext, hosts: AttachmentHosts): string[] {
  if (!hosts.trustServiceUrl) return [];
  try {
    return [hostEntryOf(new URL(context.activity.serviceUrl))];
  } catch {
    return [];
  }
}

/**
 * Downloads an attachment from an allowed host only, redirects included (at most 3), with the
 * bot's token only for an inline image on a token host and never after a redirect to another host.
 */
export async function downloadAttachment(
  context: TurnContext,
  attachment: Attachment,
  maxBytes: number,
  hosts: AttachmentHosts,
): Promise<Buffer> {
  const local = serviceHost(context, hosts);
  if (attachment.contentType === TEAMS_FILE_DOWNLOAD_INFO) {
    const url = (attachment.content as { downloadUrl?: unknown } | undefined)?.downloadUrl;
    return guardedDownload(typeof url === 'string' ? url : '', { allowedHosts: [...hosts.fileHosts, ...local], maxBytes });
  }
  const tokenHosts = [...hosts.tokenHosts, ...local];
  const token = await botToken(context);
  return guardedDownload(attachment.contentUrl ?? '', {
    // A token host may hand the bytes over to a file host (a CDN); the token stays behind.
    allowedHosts: [...tokenHosts, ...hosts.fileHosts],
    ...(token ? { credential: { authorization: `Bearer ${token}`, hosts: tokenHosts } } : {}),
    maxBytes,
  });
}

interface WarnLog {
  warn(fields: Record<string, unknown>, message: string): void;
}

/**
 * What the user is told when a download fails for any reason but its size, with a log line for the
 * operator (the URL without its query string, which holds a pre-authorised link's token).
 */
export function downloadFailureMessage(err: unknown, log: WarnLog, t: Translate): string {
  if (err instanceof DownloadRefusedError) {
    log.warn({ event: 'attachment.refused', reason: err.reason, hop: err.hop, url: loggableUrl(err.url) }, 'attachment URL refused');
    const host = err.reason === 'not_http' ? '' : new URL(err.url).hostname;
    return host ? t('attachment.refused_host', { host }) : t('attachment.refused_link');
  }
  log.warn({ event: 'attachment.download_failed', reason: (err as Error).message }, 'attachment download failed');
  return t('photo.download_failed');
}
