import type { Attachment, TurnContext } from 'botbuilder';

export const TEAMS_FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

export class AttachmentTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`attachment larger than ${limit} bytes`);
  }
}
export class AttachmentDownloadError extends Error {}

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
  const connector = context.turnState.get(context.adapter.ConnectorClientKey) as { credentials?: { appId?: string; getToken?: () => Promise<string> } } | undefined;
  const credentials = connector?.credentials;
  if (!credentials?.appId || typeof credentials.getToken !== 'function') return undefined; // local mode: no auth
  return credentials.getToken();
}

/** Downloads with a byte cap enforced while streaming, so a huge file is never held in memory. */
export async function downloadAttachment(context: TurnContext, attachment: Attachment, maxBytes: number): Promise<Buffer> {
  let url: string | undefined;
  const headers: Record<string, string> = {};
  if (attachment.contentType === TEAMS_FILE_DOWNLOAD_INFO) {
    url = (attachment.content as { downloadUrl?: string } | undefined)?.downloadUrl;
  } else {
    url = attachment.contentUrl;
    const token = await botToken(context);
    if (token) headers.authorization = `Bearer ${token}`;
  }
  if (!url || !/^https?:\/\//i.test(url)) throw new AttachmentDownloadError('attachment has no http(s) URL');
  const response = await fetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(20_000) });
  if (!response.ok || !response.body) throw new AttachmentDownloadError(`download answered ${response.status}`);
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new AttachmentTooLargeError(maxBytes);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new AttachmentTooLargeError(maxBytes);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
