import { maskIdentity } from '../../domain/identity/mask';
import type { IdentityScheme } from '../../domain/identity/types';
import { auditRecord } from '../../domain/lifecycle/audit';
import type { ActorKind } from '../../domain/lifecycle/states';
import { newRequestId, normalEmail } from '../../store/rows/cardholders';
import type { CardholderRequest } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { ValidationFailedError } from '../errors';
import { authorize } from '../roles/actorRoles';

const mask = (number: string, scheme: string) => maskIdentity(number, scheme as IdentityScheme);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface RightsInput {
  ctx: ServiceContext;
  actor: Actor;
  companyId: string;
  email: string;
}

/** Checks the actor (company admin or issuer reviewer) and the address; says in which capacity they act. */
export async function authorizeRights({ ctx, actor, companyId, email }: RightsInput): Promise<{ email: string; kind: ActorKind }> {
  const roles = await authorize({ ctx, actor }, 'company.cardholderRights', { type: 'company', companyId });
  const cleaned = normalEmail(email);
  if (!EMAIL.test(cleaned)) throw new ValidationFailedError(['email']);
  const admin = roles.companies.some((c) => c.companyId === companyId && c.role === 'admin');
  return { email: cleaned, kind: admin ? 'admin' : 'reviewer' };
}

const audit = (
  ctx: ServiceContext,
  request: CardholderRequest,
  who: { kind: ActorKind; personId: string | null },
  what: string,
  details: Record<string, string>,
) =>
  ctx.store.audit.append([
    auditRecord({
      subject: { type: 'cardholder', id: request.id },
      who,
      when: ctx.now(),
      what,
      from: null,
      to: null,
      details: { companyId: request.companyId, ...details },
    }),
  ]);

/** Records an export request; the signed download (by request id) builds the file when fetched. */
export async function requestExport(input: RightsInput): Promise<{ request: CardholderRequest; found: boolean }> {
  const { ctx, actor, companyId } = input;
  const { email, kind } = await authorizeRights(input);
  const held = await ctx.store.cardholders.heldAbout(companyId, email);
  const request = await ctx.store.cardholders.createRequest({
    id: newRequestId(),
    kind: 'export',
    companyId,
    email,
    requestedBy: actor.personId,
  });
  await audit(ctx, request, { kind, personId: actor.personId }, 'cardholder.export', {
    cartItems: String(held.cartItems.length),
    orderItems: String(held.orderItems.length),
  });
  ctx.log.info({ event: 'rights.export_requested', requestId: request.id }, 'cardholder export requested');
  return { request, found: held.cartItems.length + held.orderItems.length > 0 };
}

export type ErasureOutcome =
  | { status: 'erased'; cartItems: number; orderItems: number }
  | { status: 'waiting'; cartItems: number; orderItems: number; underWay: string[] };

/**
 * Erases what may go now; while orders are under way for the person the request stays open, the
 * bot names those orders, and the daily retention job finishes it once they ended.
 */
export async function eraseCardholder(input: RightsInput): Promise<ErasureOutcome> {
  const { ctx, actor, companyId } = input;
  const { email, kind } = await authorizeRights(input);
  const request = await ctx.store.cardholders.createRequest({
    id: newRequestId(),
    kind: 'erase',
    companyId,
    email,
    requestedBy: actor.personId,
  });
  const result = await ctx.store.cardholders.erase(companyId, email, mask);
  const counts = { cartItems: String(result.cartItems), orderItems: String(result.orderItems) };
  if (result.underWay.length === 0) await ctx.store.cardholders.complete(request.id);
  await audit(ctx, request, { kind, personId: actor.personId }, result.underWay.length ? 'cardholder.erase_waiting' : 'cardholder.erase', {
    ...counts,
    ...(result.underWay.length ? { waitingFor: result.underWay.join(',') } : {}),
  });
  ctx.log.info({ event: 'rights.erased', requestId: request.id, ...result, underWay: result.underWay.length }, 'cardholder erasure');
  return result.underWay.length
    ? { status: 'waiting', ...result }
    : { status: 'erased', cartItems: result.cartItems, orderItems: result.orderItems };
}

/** The daily job's share: open erasures whose orders have since ended are finished. */
export async function finishWaitingErasures(ctx: ServiceContext): Promise<number> {
  let finished = 0;
  for (const request of await ctx.store.cardholders.openErasures()) {
    const result = await ctx.store.cardholders.erase(request.companyId, request.email, mask);
    if (result.underWay.length) continue;
    await ctx.store.cardholders.complete(request.id);
    await audit(ctx, request, { kind: 'system', personId: null }, 'cardholder.erase', {
      cartItems: String(result.cartItems),
      orderItems: String(result.orderItems),
    });
    finished++;
  }
  return finished;
}
