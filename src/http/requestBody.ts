import type { Next, Request, RequestHandler, Response } from 'restify';
import type { Logger } from '../logger';
import { readRawBody } from './rawBody';

/**
 * The Bot Connector, Teams and our own pages send plain bodies. A declared encoding is refused
 * before any parser sees it: restify's gunzip stream crashed the process on a body that was not
 * gzip, and inflating would open the door to decompression bombs.
 */
export function refuseContentEncodings(log: Logger): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const encoding = String(req.headers['content-encoding'] ?? '')
      .trim()
      .toLowerCase();
    if (encoding === '' || encoding === 'identity') return next();
    log.warn(
      { event: 'http.refused', path: req.path(), status: 415, reason: 'content_encoding', encoding: encoding.slice(0, 40) },
      'request refused',
    );
    refuse(res, 415, 'unsupported content encoding: send the body uncompressed');
    return next(false);
  };
}

export interface JsonBodyLimits {
  maxBytes: number;
  /** The whole body must arrive within this time. */
  timeoutMs: number;
}

/** Reads a JSON body with a size cap and a deadline into `req.body` (what the CloudAdapter reads); 4xx otherwise. */
export function jsonBody(limits: JsonBodyLimits, log: Logger): RequestHandler {
  return (req: Request, res: Response, next: Next) => void readJson(req, res, limits, log).then((goOn) => (goOn ? next() : next(false)));
}

/** The chain's verdict: true to go on, false when the request was already answered. */
async function readJson(req: Request, res: Response, limits: JsonBodyLimits, log: Logger): Promise<boolean> {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  if (type !== 'application/json') {
    log.warn(
      { event: 'http.refused', path: req.path(), status: 415, reason: 'content_type', contentType: type.slice(0, 60) },
      'request refused',
    );
    refuse(res, 415, 'the body must be application/json');
    return false;
  }
  const body = await readRawBody(req, limits.maxBytes, { timeoutMs: limits.timeoutMs }).catch(() => undefined);
  if (!body) return false; // the client went away
  if (!body.ok) {
    const status = body.reason === 'timeout' ? 408 : 413;
    log.warn(
      { event: 'http.refused', path: req.path(), status, reason: body.reason, receivedBytes: body.receivedBytes },
      'request refused',
    );
    refuse(res, status, body.reason === 'timeout' ? 'the body did not arrive in time' : `the body is over ${limits.maxBytes} bytes`);
    return false;
  }
  try {
    req.body = body.bytes.length > 0 ? JSON.parse(body.bytes.toString('utf8')) : undefined;
  } catch {
    log.warn({ event: 'http.refused', path: req.path(), status: 400, reason: 'invalid_json' }, 'request refused');
    refuse(res, 400, 'the body is not valid JSON');
    return false;
  }
  return true;
}

/** Closes the connection after answering: the rest of a refused body is never read. */
function refuse(res: Response, status: number, error: string): void {
  const json = JSON.stringify({ error });
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    connection: 'close',
  });
  res.end(json);
}
