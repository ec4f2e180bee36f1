import type { Request, Response, Server } from 'restify';
import type { PhotoRepository } from '../store/ports';
import type { UrlSigner } from './signing';

export const THUMBNAIL_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const thumbnailPath = (photoId: string) => `/photos/${encodeURIComponent(photoId)}/thumb`;

/** Thumbnails for cards: only through a signed, expiring URL, never cached by shared caches. */
export function photoRoutes(photos: PhotoRepository, signer: UrlSigner) {
  return (server: Server) => {
    server.get('/photos/:id/thumb', async (req: Request, res: Response) => {
      const id = String(req.params.id ?? '');
      const verdict = signer.verifyRequest(thumbnailPath(id), req.url);
      if (verdict !== 'ok') {
        res.send(verdict === 'expired' ? 410 : 403, { error: verdict === 'expired' ? 'link expired' : 'invalid signature' });
        return;
      }
      const photo = await photos.get(id);
      if (!photo) {
        res.send(404, { error: 'not found' });
        return;
      }
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': photo.thumbnail.length, 'cache-control': 'private, max-age=3600' });
      res.end(photo.thumbnail);
    });
  };
}
