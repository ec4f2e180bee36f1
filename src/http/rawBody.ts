import type { IncomingMessage } from 'node:http';

export type RawBody = { ok: true; bytes: Buffer } | { ok: false; reason: 'too_large' | 'timeout'; receivedBytes: number };

export interface RawBodyLimits {
  /** Past `maxBytes` the rest is read and thrown away up to this many bytes (default 4× the cap); beyond, the connection is cut. */
  drainLimit?: number;
  /** The whole body must arrive within this many ms, so a slow or never-ending upload holds no socket for good. */
  timeoutMs?: number;
}

/**
 * Reads a request body into memory, keeping at most `maxBytes`. Past the cap the rest is read and
 * thrown away (so the client still gets a readable 413 instead of a reset connection) until
 * `drainLimit`; beyond that the connection is cut. After a timeout the request is left paused:
 * the caller answers (408, `connection: close`) and Node closes the socket.
 */
export function readRawBody(req: IncomingMessage, maxBytes: number, limits: RawBodyLimits = {}): Promise<RawBody> {
  const drainLimit = limits.drainLimit ?? maxBytes * 4;
  const declared = Number(req.headers['content-length'] ?? 'NaN');
  if (Number.isFinite(declared) && declared > drainLimit) {
    req.resume();
    return Promise.resolve({ ok: false, reason: 'too_large', receivedBytes: declared });
  }
  return new Promise<RawBody>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const timer = limits.timeoutMs
      ? setTimeout(() => settle({ ok: false, reason: 'timeout', receivedBytes: total }), limits.timeoutMs)
      : undefined;
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total > drainLimit) {
        req.destroy();
        settle({ ok: false, reason: 'too_large', receivedBytes: total });
      } else if (total <= maxBytes) chunks.push(chunk);
    };
    const onEnd = () =>
      settle(
        total > maxBytes ? { ok: false, reason: 'too_large', receivedBytes: total } : { ok: true, bytes: Buffer.concat(chunks, total) },
      );
    const onError = (err: Error) => settle(err);
    function settle(result: RawBody | Error): void {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError);
      req.pause();
      // A client that goes away after we answered must not become an unhandled 'error' event.
      req.on('error', () => undefined);
      if (result instanceof Error) reject(result);
      else resolve(result);
    }
    req.on('data', onData).once('end', onEnd).once('error', onError);
  });
}
