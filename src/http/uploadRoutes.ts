import type { Request, Response, Server } from 'restify';
import { localeFrom, t, type Locale } from '../i18n';
import { photoMessageKey } from '../photos';
import { PHOTO_MAX_BYTES } from '../domain/photo-rules';
import type { ServiceContext } from '../services/context';
import { acceptUpload, type UploadOutcome } from '../services/uploads/acceptUpload';
import { tokenState } from '../services/uploads/issueUploadToken';
import { readRawBody } from './rawBody';
import type { UrlSigner } from './signing';
import { failurePage, linkProblemMessage, linkProblemPage, uploadPage, type LinkProblem } from './uploadPage';

export const uploadPath = (tokenId: string) => `/upload/${encodeURIComponent(tokenId)}`;

/** Kept in memory while reading: the 5 MB rule plus a margin, so the pipeline can name the real size. */
export const UPLOAD_READ_CAP = PHOTO_MAX_BYTES + 1024 * 1024;

export type AcceptedUpload = Extract<UploadOutcome, { ok: true }>;

export interface UploadRouteDeps {
  ctx: ServiceContext;
  signer: UrlSigner;
  /** Continues the chat; called after the page has its answer, never awaited by the request. */
  onUploaded(upload: AcceptedUpload): void;
}

/** Teams (web, desktop, mobile) may frame the page as a dialog; nobody else may. */
const FRAME_ANCESTORS = "'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.office.com https://*.cloud.microsoft https://*.microsoft365.com https://*.skype.com";

/**
 * teams-js fetches its current list of Teams host origins from this CDN when it loads (and falls
 * back to the list bundled with it when that fails); nothing else leaves the page.
 */
const TEAMS_JS_ORIGINS_CDN = 'https://res.cdn.office.net';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'content-security-policy': `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self' ${TEAMS_JS_ORIGINS_CDN}; form-action 'self'; base-uri 'none'; frame-ancestors ${FRAME_ANCESTORS}`,
};

function sendHtml(res: Response, status: number, html: string): void {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

function sendJson(res: Response, status: number, body: Record<string, unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/**
 * GET /upload/:token shows the page; POST to the same signed URL takes the raw image bytes. The
 * signature is checked first (403), then the token's state in the database (410 used/expired).
 */
export function uploadRoutes(deps: UploadRouteDeps) {
  const { ctx, signer } = deps;

  /** The token behind a signed request, or the problem with the link. */
  async function resolve(req: Request): Promise<{ tokenId: string; locale: Locale; problem?: LinkProblem }> {
    const tokenId = String(req.params.token ?? '');
    const query = new URL(req.url ?? '', 'http://x').searchParams;
    const verdict = signer.verify(uploadPath(tokenId), query.get('exp') ?? undefined, query.get('sig') ?? undefined);
    const browserLocale = localeFrom(req.headers['accept-language']);
    if (verdict === 'invalid') return { tokenId, locale: browserLocale, problem: 'invalid' };
    const token = await ctx.store.uploads.get(tokenId);
    const locale = token ? localeFrom(token.locale) : browserLocale;
    const state = verdict === 'expired' ? 'expired' : tokenState(token, ctx.now());
    if (state === 'usable') return { tokenId, locale };
    return { tokenId, locale, problem: state === 'used' ? 'used' : 'expired' };
  }

  return (server: Server) => {
    server.get('/upload/:token', async (req: Request, res: Response) => {
      try {
        const { locale, problem } = await resolve(req);
        if (problem) sendHtml(res, problem === 'invalid' ? 403 : 410, linkProblemPage(locale, problem));
        else sendHtml(res, 200, uploadPage(locale));
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
          sendJson(res, link.problem === 'invalid' ? 403 : 410, { ok: false, final: true, message: linkProblemMessage(locale, link.problem) });
          return;
        }
        const body = await readRawBody(req, UPLOAD_READ_CAP);
        if (!body.ok) {
          const params = { sizeMb: `> ${UPLOAD_READ_CAP / 1024 / 1024}`, maxMb: PHOTO_MAX_BYTES / 1024 / 1024 };
          sendJson(res, 413, { ok: false, final: false, message: t(locale, photoMessageKey('failure', 'too_large_bytes'), params) });
          return;
        }
        const outcome = await acceptUpload({ ctx, input: { tokenId: link.tokenId, bytes: body.bytes } });
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
      } catch (err) {
        ctx.log.error({ event: 'upload.failed', err }, 'upload failed');
        if (!res.headersSent) sendJson(res, 500, { ok: false, final: false, message: t(locale, 'upload.page.failed') });
      }
    });
  };
}
