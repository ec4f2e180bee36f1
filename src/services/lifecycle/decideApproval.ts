import { z } from 'zod';
import { transitionItem } from '../../domain/lifecycle';
import type { RefusalCode } from '../../domain/lifecycle/states';
import type { Order, OrderItem } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { authorize } from '../roles/actorRoles';
import { ordererNotice } from './ordererNotice';
import { eventDrafts, portsOf, replacePosts } from './shared';

import { DECLINABLE_FIELDS } from '../../domain/lifecycle/declinable';
import { snapshotOf } from './itemSnapshot';
import { parseInput } from '../parseInput';

export { DECLINABLE_FIELDS } from '../../domain/lifecycle/declinable';

export const approvalDecision = z.object({
  itemId: z.string().min(1).max(64),
  round: z.coerce.number().int().min(1),
  decision: z.enum(['approve', 'decline']),
  field: z.enum(DECLINABLE_FIELDS).optional(),
  reason: z.string().max(2000).optional(),
});

export type ApprovalResult =
  /** `order`: the item's order, for the outcome card. */
  | { kind: 'applied'; item: OrderItem; order: Order }
  | { kind: 'already_decided'; item: OrderItem }
  | { kind: 'refused'; code: RefusalCode };

/**
 * The cardholder approves what will be printed, or says something is wrong. Only the bound
 * cardholder may decide (`ForbiddenError` otherwise, nothing changes); the decision is consumed
 * atomically for this approval round, so a double click or an old card is "already decided".
 */
export async function decideApproval({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: z.input<typeof approvalDecision>;
}): Promise<ApprovalResult> {
  const decision = parseInput(approvalDecision, input);
  const found = await ctx.store.lifecycle.item(decision.itemId);
  if (!found) throw new NotFoundError(`item ${decision.itemId}`);
  const { order, ...item } = found;
  await authorize({ ctx, actor }, 'item.decide', {
    type: 'item',
    companyId: order.companyId,
    ordererId: order.ordererId,
    cardholderPersonId: item.cardholderPersonId,
  });
  return applyApprovalDecision(ctx, { order, item }, decision, { personId: actor.personId, via: 'teams' });
}

/**
 * The decision itself, for the Teams card and the e-mailed approval page alike: consumed
 * atomically for the round (`UPDATE ... WHERE status = 'awaiting_cardholder' AND round = ?`), so
 * only the first of the two counts; every posted card is replaced and the orderer hears of it.
 * `via` is audited; `personId` is null on the page (the mailbox is the proof, not a Teams sign-in).
 */
export async function applyApprovalDecision(
  ctx: ServiceContext,
  { order, item }: { order: Order; item: OrderItem },
  { itemId, round, decision, field, reason }: z.output<typeof approvalDecision>,
  by: { personId: string | null; via: 'teams' | 'email' },
): Promise<ApprovalResult> {
  const ports = portsOf(ctx);
  if (item.approvalRound !== round) return { kind: 'already_decided', item };

  const at = ctx.now();
  const event = decision === 'approve' ? { type: 'approve' as const } : { type: 'decline' as const, reason: reason ?? '', field };
  const result = transitionItem(snapshotOf(item), event, { kind: 'cardholder', personId: by.personId }, at, { orderState: order.status });
  if (!result.ok)
    return result.code === 'invalid_transition' || result.code === 'order_not_approved'
      ? { kind: 'already_decided', item }
      : { kind: 'refused', code: result.code };
  const audit = by.via === 'teams' ? result.audit : { ...result.audit, details: { ...result.audit.details, via: by.via } };

  const decided: OrderItem = {
    ...item,
    status: result.next.state,
    reason: result.next.reason,
    declinedField: result.next.declinedField,
    remindAt: null,
    expiresAt: null,
  };
  const outcome = decision === 'approve' ? 'approved' : 'declined';
  const replaced = await replacePosts(ctx, 'approval', item.id, `approval.${outcome}:${item.id}:${round}`, (locale) =>
    ports.approvals.outcome({ item: decided, order, outcome }, locale),
  );
  const name = `${item.firstName} ${item.lastName}`;
  const outbox = [
    ...replaced.drafts,
    ...(await eventDrafts(ctx, {
      order,
      eventId: `item.${outcome}:${item.id}:${round}`,
      key: decision === 'approve' ? 'event.item_approved' : 'event.item_declined',
      params: { name, reason: result.next.reason ?? '' },
      actorPersonId: by.personId,
    })),
    ...(decision === 'decline' ? [await ordererNotice(ctx, order, decided, 'declined')] : []),
  ];
  const applied = await ctx.store.lifecycle.apply(
    {
      items: [
        {
          itemId,
          from: ['awaiting_cardholder'],
          round,
          set: { status: decided.status, reason: decided.reason, declinedField: decided.declinedField, remindAt: null, expiresAt: null },
        },
      ],
    },
    { audit: [audit], outbox },
  );
  if (applied === 'already_decided') return { kind: 'already_decided', item: (await ctx.store.lifecycle.item(itemId)) ?? item };
  // A declined card is kept: a resend replaces it again ("replaced by a newer one").
  if (decision === 'approve') await ctx.store.lifecycle.forgetPosts(replaced.keys);
  ctx.log.info({ event: `item.${outcome}`, itemId, orderId: order.id, round, via: by.via }, 'cardholder decided');
  return { kind: 'applied', item: decided, order };
}
