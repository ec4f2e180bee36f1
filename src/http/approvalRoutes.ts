import type { Request, Response, Server } from 'restify';
import { localeFrom, t, type Locale } from '../i18n';
import type { ServiceContext } from '../services/context';
import { ValidationFailedError } from '../services/errors';
import { decideByLink, openApprovalLink, type LinkState } from '../services/reach/linkApproval';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { APPROVAL_ASSETS, approvalPage, linkProblem } from './approvalPage';
import { assetRoutes } from './uploadAssets';
import { readRawBody } from './rawBody';
import type { UrlSigner } from './signing';

/** The approval page for cardholders reached by e-mail: `/approve/<reach id>?exp=…&sig=…`. */
export const approvalPath = (reachId: string) => `/approve/${encodeURIComponent(reachId)}`;

const PAGE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  // The card's photo is a signed link on this server; nothing else loads, and no one frames the page.
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
};

const send = (res: Response, status: number, type: string, body: string) => {
  res.writeHead(status, { ...PAGE_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
};

/** The HTTP status of a link state: what the page script reads, besides the state itself. */
const STATUS: Record<LinkState['kind'], number> = { open: 200, closed: 200, needs_date: 200, wrong_date: 403, locked: 429, unknown: 404 };

/**
 * GET shows the page (no personal data until the date of birth is given); POST …/open with the
 * date returns the card to render; POST …/decide decides. Every request is checked against the
 * link's signature and expiry first (403 forged, 410 expired), then the round's state.
 */
export function approvalRoutes({ ctx, signer }: { ctx: ServiceContext; signer: UrlSigner }) {
  const verdict = (req: Request) => signer.verifyRequest(approvalPath(String(req.params.reach ?? '')), req.url);
  const browserLocale = (req: Request): Locale => localeFrom(String(req.headers['accept-language'] ?? ''));

  const answer = async (
    req: Request,
    res: Response,
    work: (reachId: string, body: Record<string, unknown>) => Promise<LinkState & { result?: string }>,
  ) => {
    const check = verdict(req);
    if (check !== 'ok')
      return sendJson(res, check === 'expired' ? 410 : 403, {
        state: check,
        message: t(browserLocale(req), check === 'expired' ? 'page.expired' : 'page.invalid'),
      });
    const raw = await readRawBody(req, 8 * 1024, { timeoutMs: 10_000 }).catch(() => undefined);
    if (!raw?.ok)
      return sendJson(res, raw?.reason === 'timeout' ? 408 : 413, { state: 'bad_request', message: t(browserLocale(req), 'page.failed') });
    let body: Record<string, unknown>;
    try {
      body = raw.bytes.length ? (JSON.parse(raw.bytes.toString('utf8')) as Record<string, unknown>) : {};
      if (!body || typeof body !== 'object' || Array.isArray(body)) throw new Error('not an object');
    } catch {
      return sendJson(res, 400, { state: 'bad_request', message: t(browserLocale(req), 'page.failed') });
    }
    try {
      const state = await work(String(req.params.reach), body);
      return sendJson(res, STATUS[state.kind], present(state, browserLocale(req)));
    } catch (err) {
      if (err instanceof ValidationFailedError)
        return sendJson(res, 400, { state: 'bad_request', message: t(browserLocale(req), 'page.failed') });
      ctx.log.error({ event: 'approval.page_failed', err: (err as Error).message }, 'the approval page failed');
      return sendJson(res, 500, { state: 'error', message: t(browserLocale(req), 'page.failed') });
    }
  };

  const assets = assetRoutes(APPROVAL_ASSETS, {
    'approval.js': { path: () => fileURLToPath(new URL('./public/approval.js', import.meta.url)), type: 'text/javascript; charset=utf-8' },
    'approval.css': { path: () => fileURLToPath(new URL('./public/approval.css', import.meta.url)), type: 'text/css; charset=utf-8' },
    // The official Adaptive Cards renderer, from its own package (no CDN, no build step).
    'adaptivecards.min.js': {
      path: () => createRequire(import.meta.url).resolve('adaptivecards/dist/adaptivecards.min.js'),
      type: 'text/javascript; charset=utf-8',
    },
  });
  return (server: Server) => {
    assets(server);
    server.get('/approve/:reach', async (req: Request, res: Response) => {
      const check = verdict(req);
      const locale = browserLocale(req);
      if (check !== 'ok') return send(res, check === 'expired' ? 410 : 403, 'text/html; charset=utf-8', linkProblem(locale, check));
      send(res, 200, 'text/html; charset=utf-8', approvalPage(locale));
    });
    server.post('/approve/:reach/open', async (req: Request, res: Response) =>
      answer(req, res, (reachId, body) => openApprovalLink({ ctx, reachId, input: body })),
    );
    server.post('/approve/:reach/decide', async (req: Request, res: Response) =>
      answer(req, res, (reachId, body) => decideByLink({ ctx, reachId, input: body as never })),
    );
  };
}

function present(state: LinkState & { result?: string }, fallback: Locale): Record<string, unknown> {
  const locale = 'locale' in state ? state.locale : fallback;
  switch (state.kind) {
    case 'open':
      return {
        state: 'open',
        card: state.card.card,
        asksDateOfBirth: state.asksDateOfBirth,
        ...(state.result ? { message: resultMessage(locale, state.result) } : {}),
      };
    case 'closed':
      return { state: 'closed', card: state.card.card, message: resultMessage(locale, state.result ?? 'closed') };
    case 'needs_date':
      return { state: 'needs_date' };
    case 'wrong_date':
      return { state: 'wrong_date', message: t(locale, 'page.wrong_date', { count: state.attemptsLeft }) };
    case 'locked':
      return { state: 'locked', message: t(locale, 'page.locked') };
    case 'unknown':
      return { state: 'unknown', message: t(locale, 'page.invalid') };
  }
}

function resultMessage(locale: Locale, result: string): string {
  if (result === 'applied') return t(locale, 'page.done');
  if (result === 'refused') return t(locale, 'approval.reason_required');
  return t(locale, 'page.already');
}

function sendJson(res: Response, status: number, body: Record<string, unknown>): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
