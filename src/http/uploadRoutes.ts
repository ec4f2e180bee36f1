import type { Request, Response, Server } from 'restify';
import { localeFrom, t, type Locale } from '../i18n';
import { photoMessageKey } from '../photos';
import { PHOTO_MAX_BYTES } from '../domain/photo-rules';
import type { ServiceContext } from '../services/context';
import { acceptUpload, type UploadOutcome } from '../services/uploads/acceptUpload';
import { tokenState } from '../services/uploads/issueUploadToken';
import type { UploadPurpose } from '../store/ports';
import { importUploadReceiver, type AcceptedImportUpload } from './importUploadReceipt';
import { importUploadPage } from './importUploadPage';
import { readRawBody } from './rawBody';
import type { UrlSigner } from './signing';
import { failurePage, linkProblemMessage, linkProblemPage, uploadPage, type LinkProblem } from './uploadPage';
import { sendHtml, sendJson } from './uploadResponses';

export const uploadPath = (tokenId: string) => `/upload/${encodeURIComponent(tokenId)}`;

/** Kept in memory while reading: the 5 MB rule plus a margin, so the pipeline can name the real size. */
export const UPLOAD_READ_CAP = PHOTO_MAX_BYTES + 1024 * 1024;

export type AcceptedUpload = Extract<UploadOutcome, { ok: true }>;
export type { AcceptedImportUpload } from './importUploadReceipt';

export interface UploadRouteDeps {
  ctx: ServiceContext;
  signer: UrlSigner;
  /** Continues the chat; called after the page has its answer, never awaited by the request. */
  onUploaded(upload: AcceptedUpload): void;
  /** For an import file received through an import link: stores it before the page's answer, then continues in the chat. */
  onImportReceived(upload: AcceptedImportUpload): Promise<void>;
}

interface ResolvedLink {
  tokenId: string;
  locale: Locale;
  /** What the link takes; a photo when the token is unknown (the generic texts fit either). */
  purpose: UploadPurpose;
  problem?: LinkProblem;
  /** Whose photo the link is for, shown on the page. */
  subjectName?: string;
}

/**
 * GET /upload/:token shows the page for the link's purpose (a cardholder photo or an import file);
 * POST to the same signed URL takes the raw bytes. The signature is checked first (403), then the
 * token's state in the database (410 used/expired).
 */
export function uploadRoutes(deps: UploadRouteDeps) {
  const { ctx, signer } = deps;
  const receiveImport = importUploadReceiver(deps);

  /** The token behind a signed request, or the problem with the link. */
  async function resolve(req: Request): Promise<ResolvedLink> {
    const tokenId = String(req.params.token ?? '');
    const verdict = signer.verifyRequest(uploadPath(tokenId), req.url);
    const browserLocale = localeFrom(req.headers['accept-language']);
    if (verdict === 'invalid') return { tokenId, locale: browserLocale, purpose: 'cardholder-photo', problem: 'invalid' };
    const token = await ctx.store.uploads.get(tokenId);
    const locale = token ? localeFrom(token.locale) : browserLocale;
    const purpose = token?.purpose ?? 'cardholder-photo';
    const state = verdict === 'expired' ? 'expired' : tokenState(token, ctx.now());
    if (state === 'usable') return { tokenId, locale, purpose, subjectName: token?.subjectName ?? undefined };
    return { tokenId, locale, purpose, problem: state === 'used' ? 'used' : 'expired' };
  }

  async function receivePhoto(req: Request, res: Response, { tokenId, locale }: ResolvedLink): Promise<void> {
    const body = await readRawBody(req, UPLOAD_READ_CAP);
    if (!body.ok) {
      const params = { sizeMb: `> ${UPLOAD_READ_CAP / 1024 / 1024}`, maxMb: PHOTO_MAX_BYTES / 1024 / 1024 };
      sendJson(res, 413, { ok: false, final: false, message: t(locale, photoMessageKey('failure', 'too_large_bytes'), params) });
      return;
    }
    const outcome = await acceptUpload({ ctx, input: { tokenId, bytes: body.bytes } });
    if (outcome.ok) {
      sendJson(res, 200, { ok: true, findings: outcome.findings.length > 0 });
      deps.onUploaded(outcome);
    } else if (outcome.kind === 'photo') {
      const { code, params } = outcome.failure;
      sendJson(res, 422, { ok: false, final: false, message: t(locale, photoMessageKey('failure', code, params), params) });
    } else {
      const problem = outcome.state === 'used' ? 'used' : 'expired';
      sendJson(res, 410, { ok: false, final: true, message: linkProblemMessage(locale, problem) });
    }
  }

  return (server: Server) => {
    server.get('/upload/:token', async (req: Request, res: Response) => {
      try {
        const { locale, purpose, problem, subjectName } = await resolve(req);
        if (problem) sendHtml(res, problem === 'invalid' ? 403 : 410, linkProblemPage(locale, problem, purpose));
        else sendHtml(res, 200, purpose === 'import' ? importUploadPage(locale) : uploadPage(locale, subjectName));
      } catch (err) {
        ctx.log.error({ event: 'upload.page_failed', err }, 'upload page failed');
        sendHtml(res, 500, failurePage(localeFrom(req.headers['accept-language'])));
      }
    });

    server.post('/upload/:token', async (req: Request, res: Response) => {
      let locale: Locale = localeFrom(req.headers['accept-language']);
      try {
        const link = await resolve(req);
        locale = link.locale;
        if (link.problem) {
          req.resume();
          sendJson(res, link.problem === 'invalid' ? 403 : 410, {
            ok: false,
            final: true,
            message: linkProblemMessage(locale, link.problem, link.purpose),
          });
          return;
        }
        await (link.purpose === 'import' ? receiveImport(req, res, link) : receivePhoto(req, res, link));
      } catch (err) {
        ctx.log.error({ event: 'upload.failed', err }, 'upload failed');
        if (!res.headersSent) sendJson(res, 500, { ok: false, final: false, message: t(locale, 'upload.page.failed') });
      }
    });
  };
}
