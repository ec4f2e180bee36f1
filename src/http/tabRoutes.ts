import { randomUUID } from 'node:crypto';
import restify, { type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
import { localeFrom, translator, type MessageKey } from '../i18n';
import type { ServiceContext } from '../services/context';
import { ForbiddenError, NotFoundError, ServiceError, ValidationFailedError } from '../services/errors';
import { orderDetail } from '../services/orders/orderDetail';
import { browseOrders, browseOrdersInput, exportOrders } from '../services/tab/browseOrders';
import { describeTabUser } from '../services/tab/describeTabUser';
import { listMyCards } from '../services/tab/myCards';
import { listReviewQueue } from '../services/tab/reviewQueue';
import { cancelFromTab, decideOrders, rejectCard, resendCard } from '../services/tab/tabActions';
import type { TabCardActionResult, TabDecideResult, TabError, TabMe, TabMyCard } from './tabContract';
import { exportFile } from './tabExport';
import { cardOf, orderPage, orderRow, paged, statusOf, type TabPresenter } from './tabPresent';
import { TabRefusal, type TabSession, type TabSessions } from './tabSession';

export const TAB_API = '/api/tab';

export interface TabApiDeps {
  ctx: ServiceContext;
  sessions: TabSessions;
  thumbnailUrl(photoId: string): string;
  photoUrl(photoId: string): string;
}

const REFUSAL_MESSAGES: Record<string, MessageKey> = {
  tenant_not_allowed: 'tab.error.tenant',
  keys_unavailable: 'tab.error.keys',
  not_met: 'tab.error.not_met',
};

type Handler = (req: Request, session: TabSession, p: TabPresenter) => Promise<unknown>;

/**
 * The Orders tab's JSON API. Every call is authenticated first (Teams SSO token, or the local
 * development sign-in), then calls one service; no personal data travels in a URL (searches are
 * POSTed), and identity numbers leave only masked.
 */
export function tabApiRoutes(deps: TabApiDeps) {
  const { ctx, sessions } = deps;
  const body = restify.plugins.bodyParser({ maxBodySize: 8 * 1024, mapParams: false, mapFiles: false, rejectUnknown: true });

  const presenter = (req: Request): TabPresenter => {
    const locale = localeFrom(String(req.headers['accept-language'] ?? '').split(',')[0]);
    return { locale, t: translator(locale), thumbnailUrl: deps.thumbnailUrl, photoUrl: deps.photoUrl };
  };

  const handle = (handler: Handler) => async (req: Request, res: Response) => {
    const p = presenter(req);
    try {
      const session = await sessions.authenticate(req);
      const result = await handler(req, session, p);
      if (result instanceof FileReply) {
        res.writeHead(200, {
          'content-type': result.type,
          'content-disposition': `attachment; filename="${result.name}"`,
          'content-length': result.bytes.length,
          ...NO_STORE,
        });
        res.end(result.bytes);
        return;
      }
      sendJson(res, 200, result);
    } catch (err) {
      const { status, error, message } = refusal(err, p);
      sendJson(res, status, { error, message } satisfies TabError);
    }
  };

  const refusal = (err: unknown, p: TabPresenter): { status: number; error: string; message: string } => {
    if (err instanceof TabRefusal) {
      ctx.log.warn({ event: 'tab.refused', status: err.status, reason: err.code, detail: err.detail }, 'tab request refused');
      return { status: err.status, error: err.code, message: p.t(REFUSAL_MESSAGES[err.code] ?? 'tab.error.unauthenticated') };
    }
    if (err instanceof ForbiddenError) return { status: 403, error: 'forbidden', message: p.t('tab.error.forbidden') };
    if (err instanceof NotFoundError) return { status: 404, error: 'not_found', message: p.t('tab.error.not_found') };
    if (err instanceof ValidationFailedError)
      return { status: 422, error: 'invalid', message: p.t('tab.error.invalid', { detail: err.issues.join('; ') }) };
    if (err instanceof ServiceError) return { status: 409, error: err.code, message: p.t('tab.error.forbidden') };
    const ref = randomUUID().slice(0, 8);
    ctx.log.error(
      { event: 'tab.failed', ref, err: { name: (err as Error)?.name, message: (err as Error)?.message, stack: (err as Error)?.stack } },
      'tab request failed',
    );
    return { status: 500, error: 'internal', message: p.t('tab.error.internal', { ref }) };
  };

  return (server: Server) => {
    server.get(
      `${TAB_API}/me`,
      handle(async (_req, { actor, signIn }) => ({ signIn, ...(await describeTabUser({ ctx, actor })) }) satisfies TabMe),
    );

    server.post(
      `${TAB_API}/orders/search`,
      body,
      handle(async (req, { actor }, p) => {
        const result = await browseOrders({ ctx, actor, input: jsonBody(req) as never });
        return { ...paged(result, result.orders, (o) => orderRow(p, o)), scope: result.scope, readOnly: result.readOnly };
      }),
    );

    server.post(
      `${TAB_API}/orders/export`,
      body,
      handle(async (req, { actor }, p) => {
        const parsed = exportRequest.safeParse(jsonBody(req));
        if (!parsed.success) throw new ValidationFailedError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
        const { format, ...input } = parsed.data;
        const { orders } = await exportOrders({ ctx, actor, input });
        const file = await exportFile(format, orders, p, { at: ctx.now() });
        return new FileReply(file.name, file.type, file.bytes);
      }),
    );

    server.get(
      `${TAB_API}/orders/:number`,
      handle(async (req, { actor }, p) => {
        const detail = await orderDetail({ ctx, actor, input: { number: String(req.params.number ?? '') } });
        const [company, findings] = await Promise.all([
          ctx.store.companies.get(detail.order.companyId),
          ctx.store.photos.findingsOf(detail.items.map((i) => i.photoId)),
        ]);
        return orderPage(p, detail, company, findings);
      }),
    );

    server.get(
      `${TAB_API}/review`,
      handle(async (req, { actor }, p) => {
        const page = Number(new URL(req.url ?? '', 'http://x').searchParams.get('page') ?? '1');
        const queue = await listReviewQueue({ ctx, actor, input: { page } });
        return paged(queue, queue.orders, (q) => ({
          number: q.order.number,
          company: q.company?.name ?? '',
          placedAt: q.order.createdAt.toISOString(),
          status: statusOf(p, q.order, q.items, q.progress),
          cards: q.items.map((i) => cardOf(p, i, q.findings.get(i.photoId), { order: q.order, reviewer: true })),
        }));
      }),
    );

    // The chat's actions, through the same services: the chat's cards change as if clicked there.
    server.post(
      `${TAB_API}/review/decide`,
      body,
      handle(async (req, { actor }) => (await decideOrders({ ctx, actor, input: jsonBody(req) })) satisfies TabDecideResult),
    );
    server.post(
      `${TAB_API}/cards/reject`,
      body,
      handle(async (req, { actor }) => (await rejectCard({ ctx, actor, input: jsonBody(req) })) satisfies TabCardActionResult),
    );
    server.post(
      `${TAB_API}/orders/cancel`,
      body,
      handle(async (req, { actor }) => (await cancelFromTab({ ctx, actor, input: jsonBody(req) })) satisfies TabCardActionResult),
    );
    server.post(
      `${TAB_API}/cards/resend`,
      body,
      handle(async (req, { actor }) => (await resendCard({ ctx, actor, input: jsonBody(req) })) satisfies TabCardActionResult),
    );

    server.get(
      `${TAB_API}/my-cards`,
      handle(async (_req, { actor }, p) => ({
        cards: (await listMyCards({ ctx, actor })).map(({ order, item, company }): TabMyCard => ({
          orderNumber: order.number,
          company: company?.name ?? '',
          placedAt: order.createdAt.toISOString(),
          name: `${item.firstName} ${item.lastName}`,
          cardType: item.cardType === 'visitor' ? p.t('choice.visitor') : p.t('choice.standard'),
          state: { code: item.status, label: p.t(`item.status.${item.status}` as MessageKey) },
          trackingRef: item.trackingRef,
        })),
      })),
    );

    const { developmentToken } = sessions;
    if (developmentToken) {
      // Local mode only: who may be signed in as, and a development token for them.
      server.get(`${TAB_API}/development/people`, async (_req: Request, res: Response) => {
        const people = await ctx.store.people.recent(20);
        sendJson(res, 200, { people: people.map((person) => ({ id: person.id, name: person.name ?? person.aadObjectId })) });
      });
      server.post(`${TAB_API}/development/sign-in`, body, async (req: Request, res: Response) => {
        const parsed = z.object({ personId: z.string().min(1).max(64) }).safeParse(jsonBody(req));
        const token = parsed.success ? await developmentToken(parsed.data.personId) : null;
        if (!token) return sendJson(res, 404, { error: 'not_met', message: presenter(req).t('tab.error.not_met') } satisfies TabError);
        sendJson(res, 200, { token });
      });
    }
  };
}

const exportRequest = browseOrdersInput.omit({ page: true }).extend({ format: z.enum(['csv', 'xlsx']) });
const NO_STORE = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

class FileReply {
  constructor(
    readonly name: string,
    readonly type: string,
    readonly bytes: Buffer,
  ) {}
}

/** A JSON body; anything else (form data, text) is refused as invalid input by the service's schema. */
function jsonBody(req: Request): unknown {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) throw new ValidationFailedError(['body: must be application/json']);
  return req.body ?? {};
}

function sendJson(res: Response, status: number, payload: unknown): void {
  const json = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), ...NO_STORE });
  res.end(json);
}
