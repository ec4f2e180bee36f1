import type { IncomingMessage } from 'node:http';

export type RawBody = { ok: true; bytes: Buffer } | { ok: false; reason: 'too_large'; receivedBytes: number };

/**
 * Reads a request body into memory, keeping at most `maxBytes`. Past the cap the rest is read and
 * thrown away (so the client still gets a readable 413 instead of a reset connection) until
 * `drainLimit`; beyond that the connection is cut.
 */
export async function readRawBody(req: IncomingMessage, maxBytes: number, drainLimit = maxBytes * 4): Promise<RawBody> {
  const declared = Number(req.headers['content-length'] ?? 'NaN');
  if (Number.isFinite(declared) && declared > drainLimit) {
    req.resume();
    return { ok: false, reason: 'too_large', receivedBytes: declared };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > drainLimit) {
      req.destroy();
      break;
    }
    if (total <= maxBytes) chunks.push(chunk);
  }
  return total > maxBytes ? { ok: false, reason: 'too_large', receivedBytes: total } : { ok: true, bytes: Buffer.concat(chunks, total) };
}
