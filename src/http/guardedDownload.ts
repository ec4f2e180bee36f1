import { hostAllowed, loggableUrl } from './hostList';

export class DownloadTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`download larger than ${limit} bytes`);
  }
}
export class DownloadFailedError extends Error {}

/** A URL (the first one, or a redirect's target) that is not on the allow-list; nothing was sent to it. */
export class DownloadRefusedError extends Error {
  constructor(
    readonly url: string,
    readonly reason: 'not_http' | 'host_not_allowed' | 'too_many_redirects',
    readonly hop: number,
  ) {
    super(`download refused (${reason}) at ${loggableUrl(url)}`);
  }
}

export interface DownloadPolicy {
  /** Hosts any hop may be fetched from. */
  allowedHosts: readonly string[];
  /**
   * Sent as Authorization only while the request stays on the first URL's host and that host is
   * on `hosts`: a redirect elsewhere never carries it.
   */
  credential?: { authorization: string; hosts: readonly string[] };
  maxBytes: number;
  maxRedirects?: number;
  timeoutMs?: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET with redirects followed by hand, each hop checked against the allow-list before anything
 * is sent to it, and the byte cap enforced while streaming so a huge file is never held whole.
 */
export async function guardedDownload(start: string, policy: DownloadPolicy): Promise<Buffer> {
  const maxRedirects = policy.maxRedirects ?? 3;
  const signal = AbortSignal.timeout(policy.timeoutMs ?? 20_000);
  const first = parseHttpUrl(start, 0);
  let url = first;
  for (let hop = 0; ; hop++) {
    if (!hostAllowed(url, policy.allowedHosts)) throw new DownloadRefusedError(url.href, 'host_not_allowed', hop);
    const headers: Record<string, string> = {};
    const credential = policy.credential;
    if (credential && url.host === first.host && hostAllowed(url, credential.hosts)) headers.authorization = credential.authorization;
    const response = await fetch(url, { headers, redirect: 'manual', signal });
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!location) throw new DownloadFailedError(`redirect ${response.status} without a location`);
      if (hop >= maxRedirects) throw new DownloadRefusedError(url.href, 'too_many_redirects', hop);
      url = parseHttpUrl(new URL(location, url).href, hop + 1);
      continue;
    }
    return readCapped(response, policy.maxBytes);
  }
}

function parseHttpUrl(value: string, hop: number): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DownloadRefusedError(value, 'not_http', hop);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new DownloadRefusedError(value, 'not_http', hop);
  return url;
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new DownloadFailedError(`download answered ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body.cancel();
    throw new DownloadTooLargeError(maxBytes);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new DownloadTooLargeError(maxBytes);
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
