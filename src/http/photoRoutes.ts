import type { Request, Response, Server } from 'restify';
import type { PhotoRepository } from '../store/ports';
import type { UrlSigner } from './signing';

export const THUMBNAIL_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const thumbnailPath = (photoId: string) => `/photos/${encodeURIComponent(photoId)}/thumb`;
/** The normalised 600x800 photo, for the reviewer's large view in the Orders tab. */
export const photoPath = (photoId: string) => `/photos/${encodeURIComponent(photoId)}/large`;

/** Thumbnails for cards: only through a signed, expiring URL, never cached by shared caches. */
export function photoRoutes(photos: PhotoRepository, signer: UrlSigner) {
  return (server: Server) => {
    const serve =
      (pathOf: (id: string) => string, pick: (photo: { jpeg: Buffer; thumbnail: Buffer }) => Buffer) =>
      async (req: Request, res: Response) => {
        const id = String(req.params.id ?? '');
        const verdict = signer.verifyRequest(pathOf(id), req.url);
        if (verdict !== 'ok') {
          res.send(verdict === 'expired' ? 410 : 403, { error: verdict === 'expired' ? 'link expired' : 'invalid signature' });
          return;
        }
        const photo = await photos.get(id);
        if (!photo) {
          res.send(404, { error: 'not found' });
          return;
        }
        const bytes = pick(photo);
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': bytes.length, 'cache-control': 'private, max-age=3600' });
        res.end(bytes);
      };
    server.get(
      '/photos/:id/thumb',
      serve(thumbnailPath, (p) => p.thumbnail),
    );
    server.get(
      '/photos/:id/large',
      serve(photoPath, (p) => p.jpeg),
    );
  };
}
