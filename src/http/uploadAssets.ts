import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Request, Response, Server } from 'restify';
import { UPLOAD_ASSETS } from './uploadPage';

const require = createRequire(import.meta.url);

/**
 * The upload page's static files, by an allow-list of names (no path from the request ever
 * reaches the file system). teams-js is served from its own package's browser bundle, so the
 * page needs no CDN and no build step.
 */
const ASSETS: Record<string, { path: () => string; type: string }> = {
  'upload.js': { path: () => fileURLToPath(new URL('./public/upload.js', import.meta.url)), type: 'text/javascript; charset=utf-8' },
  'upload.css': { path: () => fileURLToPath(new URL('./public/upload.css', import.meta.url)), type: 'text/css; charset=utf-8' },
  'teams-js.min.js': { path: () => require.resolve('@microsoft/teams-js'), type: 'text/javascript; charset=utf-8' },
};

export function uploadAssetRoutes() {
  return assetRoutes(UPLOAD_ASSETS, ASSETS);
}

/** Static files under `prefix`, by an allow-list of names, read once and kept. */
export function assetRoutes(prefix: string, assets: Record<string, { path: () => string; type: string }>) {
  const cache = new Map<string, Promise<Buffer>>();
  const load = (name: string) => {
    let bytes = cache.get(name);
    if (!bytes) {
      bytes = readFile(assets[name]!.path());
      bytes.catch(() => cache.delete(name));
      cache.set(name, bytes);
    }
    return bytes;
  };
  return (server: Server) => {
    server.get(`${prefix}/:name`, async (req: Request, res: Response) => {
      const name = String(req.params.name ?? '');
      const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
      if (!asset) {
        res.send(404, { error: 'not found' });
        return;
      }
      const bytes = await load(name);
      res.writeHead(200, {
        'content-type': asset.type,
        'content-length': bytes.length,
        'cache-control': 'public, max-age=3600',
        'x-content-type-options': 'nosniff',
      });
      res.end(bytes);
    });
  };
}
