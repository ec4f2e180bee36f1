import type { Request, Response, Server } from 'restify';
import type { Logger } from '../logger';
import { exportDocument } from '../services/rights/exportDocument';
import type { Store } from '../store/ports';
import type { UrlSigner } from './signing';

/** A cardholder export: the path names the request, never the person; the link is signed and short-lived. */
export const exportPath = (requestId: string) => `/rights/exports/${encodeURIComponent(requestId)}`;

export function rightsRoutes(deps: { store: Store; signer: UrlSigner; now: () => Date; log: Logger }) {
  return (server: Server) => {
    server.get('/rights/exports/:id', async (req: Request, res: Response) => {
      const id = String(req.params.id ?? '');
      const verdict = deps.signer.verifyRequest(exportPath(id), req.url);
      if (verdict !== 'ok') {
        res.send(verdict === 'expired' ? 410 : 403, { error: verdict === 'expired' ? 'link expired' : 'invalid signature' });
        return;
      }
      const document = await exportDocument(deps.store, id, deps.now());
      if (!document) {
        res.send(404, { error: 'not found' });
        return;
      }
      const body = Buffer.from(JSON.stringify(document, null, 2));
      deps.log.info({ event: 'rights.export_downloaded', requestId: id, bytes: body.length }, 'cardholder export downloaded');
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': body.length,
        'content-disposition': `attachment; filename="cardholder-export-${id.slice(0, 8)}.json"`,
        'cache-control': 'no-store',
      });
      res.end(body);
    });
  };
}
