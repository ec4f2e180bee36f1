import type { Response } from 'restify';
import { FRAME_ANCESTORS, TEAMS_JS_ORIGINS_CDN } from './teamsFraming';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self' ${TEAMS_JS_ORIGINS_CDN}; form-action 'self'; base-uri 'none'; frame-ancestors ${FRAME_ANCESTORS}`,
};

/** An upload page (or its status page), never cached, never framed outside Teams. */
export function sendHtml(res: Response, status: number, html: string): void {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

/** The page script's answer to an upload: `{ ok, final?, message? }`. */
export function sendJson(res: Response, status: number, body: Record<string, unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}
