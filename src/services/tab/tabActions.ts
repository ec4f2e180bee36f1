import { z } from 'zod';
import type { Actor, ServiceContext } from '../context';
import { ForbiddenError, NotFoundError } from '../errors';
import { cancelOrder } from '../lifecycle/cancelOrder';
import { rejectItem } from '../lifecycle/rejectItem';
import { resendApproval } from '../lifecycle/resendApproval';
import { reviewOrder } from '../lifecycle/reviewOrder';
import { parseInput } from '../parseInput';

/**
 * What the Orders tab can do, through the very services a click in the chat calls: the same
 * permission checks, the same conditional updates, and the same outbox messages, so the review
 * cards in the issuer's channel, the cardholders' approval cards and the orderer's notices change
 * exactly as if the person had clicked in the chat.
 */

const orderNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^ID06-\d{4}-\d{6}$/);
const reason = z.string().trim().min(1).max(500);
const id = z.string().min(1).max(64);

/** Several orders at once; a rejection says why (the orderer reads it). */
export const decideOrdersInput = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), numbers: z.array(orderNumber).min(1).max(25) }),
  z.object({ decision: z.literal('reject'), numbers: z.array(orderNumber).min(1).max(25), reason }),
]);
export const rejectCardInput = z.object({ number: orderNumber, itemId: id, reason });
export const cancelInput = z.object({ number: orderNumber, itemId: id.optional(), reason });
export const resendCardInput = z.object({ itemId: id, round: z.coerce.number().int().min(0), email: z.email().max(254).optional() });

/** Per order: done, someone else already decided it, its state does not allow it, or it is not one the person may act on. */
export type ActionOutcome = 'applied' | 'already_decided' | 'refused' | 'not_found';

export interface DecideOrdersResult {
  results: { number: string; outcome: ActionOutcome }[];
}

/**
 * The issuer approves or rejects the orders chosen in the queue, one after the other (each is its
 * own conditional update). An order that cannot be found or may not be reviewed by this person
 * reads the same ("not_found"), so numbers cannot be probed; one failure does not stop the rest.
 */
export async function decideOrders({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: unknown;
}): Promise<DecideOrdersResult> {
  const parsed = parseInput(decideOrdersInput, input);
  const results: DecideOrdersResult['results'] = [];
  for (const number of [...new Set(parsed.numbers)]) {
    const order = await ctx.store.orders.byNumber(number);
    if (!order) {
      results.push({ number, outcome: 'not_found' });
      continue;
    }
    try {
      const reviewed = await reviewOrder({
        ctx,
        actor,
        input: { orderId: order.id, decision: parsed.decision, ...(parsed.decision === 'reject' ? { reason: parsed.reason } : {}) },
      });
      results.push({ number, outcome: reviewed.kind });
    } catch (err) {
      if (!(err instanceof ForbiddenError)) throw err;
      results.push({ number, outcome: 'not_found' });
    }
  }
  ctx.log.info(
    {
      event: 'tab.review_decided',
      decision: parsed.decision,
      orders: results.length,
      applied: results.filter((r) => r.outcome === 'applied').length,
    },
    'orders decided from the tab',
  );
  return { results };
}

/** The issuer rejects one card of an order under review. */
export async function rejectCard({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: unknown;
}): Promise<{ outcome: ActionOutcome }> {
  const { number, itemId, reason: why } = parseInput(rejectCardInput, input);
  const order = await ctx.store.orders.byNumber(number);
  if (!order) throw new NotFoundError(`order ${number}`);
  const result = await rejectItem({ ctx, actor, input: { orderId: order.id, itemId, reason: why } });
  return { outcome: result.kind };
}

/** The orderer sends the cardholder a fresh approval card, to a corrected e-mail address when one is given. */
export async function resendCard({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: unknown;
}): Promise<{ outcome: ActionOutcome; reached: boolean }> {
  const { itemId, round, email } = parseInput(resendCardInput, input);
  const result = await resendApproval({ ctx, actor, input: { itemId, round, mode: email ? 'edit' : 'same', ...(email ? { email } : {}) } });
  return { outcome: result.kind, reached: result.kind === 'applied' && result.reached };
}

/** The orderer (or an admin) cancels the order, or one card of it, before production. */
export async function cancelFromTab({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: unknown;
}): Promise<{ outcome: ActionOutcome }> {
  const { number, itemId, reason: why } = parseInput(cancelInput, input);
  const order = await ctx.store.orders.byNumber(number);
  if (!order) throw new NotFoundError(`order ${number}`);
  const result = await cancelOrder({ ctx, actor, input: { orderId: order.id, reason: why, ...(itemId ? { itemId } : {}) } });
  return { outcome: result.kind };
}
