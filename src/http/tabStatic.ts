import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import { FRAME_ANCESTORS, TEAMS_JS_ORIGINS_CDN } from './teamsFraming';

/** Where `npm run build:tab` (Vite) writes the tab: index.html and hashed assets under assets/. */
export const TAB_DIST = fileURLToPath(new URL('../../dist/tab/', import.meta.url));
export const TAB_PATH = '/tab';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/**
 * Only our own scripts; images from our own signed photo links; frames only inside Teams. Styles
 * allow 'unsafe-inline' because Fluent UI (Griffel's <style> elements, positioning's style
 * attributes) writes them at run time; scripts stay 'self' only, which is what stops injection.
 */
export const TAB_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  `connect-src 'self' ${TEAMS_JS_ORIGINS_CDN}`,
  "base-uri 'none'",
  "form-action 'none'",
  `frame-ancestors ${FRAME_ANCESTORS}`,
].join('; ');

/**
 * The built tab under /tab/. Hashed assets are cached for a year; the page itself never, so a new
 * deployment is picked up on the next open. Paths are resolved inside the build folder only.
 */
export function tabStaticRoutes(log: Logger, dist = TAB_DIST) {
  const cache = new Map<string, Promise<Buffer>>();
  const load = (file: string) => {
    let bytes = cache.get(file);
    if (!bytes) {
      bytes = readFile(file);
      bytes.catch(() => cache.delete(file));
      cache.set(file, bytes);
    }
    return bytes;
  };
  const send = async (res: Response, file: string, immutable: boolean) => {
    const bytes = await load(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': bytes.length,
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': TAB_CSP,
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
    });
    res.end(bytes);
  };
  const page = async (_req: Request, res: Response) => {
    const index = join(dist, 'index.html');
    if (!existsSync(index)) {
      log.error({ event: 'tab.not_built', dist }, 'the Orders tab is not built: run npm run build');
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end('The Orders tab is not built on this server (npm run build).');
      return;
    }
    await send(res, index, false);
  };
  return (server: Server) => {
    server.get(TAB_PATH, async (_req: Request, res: Response) => {
      res.writeHead(301, { location: `${TAB_PATH}/`, 'content-length': 0 });
      res.end();
    });
    server.get(`${TAB_PATH}/`, page);
    server.get(`${TAB_PATH}/assets/*`, async (req: Request, res: Response) => {
      const name = decodeURIComponent(req.path().slice(`${TAB_PATH}/assets/`.length));
      const file = normalize(join(dist, 'assets', name));
      if (!/^[\w.-]+$/.test(name) || !file.startsWith(join(dist, 'assets') + sep) || !existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
        return;
      }
      await send(res, file, true);
    });
  };
}
