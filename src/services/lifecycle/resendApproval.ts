import { z } from 'zod';
import { transitionItem } from '../../domain/lifecycle';
import type { RefusalCode } from '../../domain/lifecycle/states';
import { idempotencyKey, type ItemPatch, type OrderItem, type OutboxDraft } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { authorize } from '../roles/actorRoles';
import { snapshotOf } from './itemSnapshot';
import { reachDrafts } from '../reach/reachDrafts';
import { approvalDraft, approvalRound, companyOf, eventDrafts, portsOf, replacePosts } from './shared';
import { parseInput } from '../parseInput';
import { cardChangeDrafts } from './cardReview';

const name = z.string().trim().min(1).max(60);
export const resendInput = z.object({
  itemId: z.string().min(1).max(64),
  round: z.coerce.number().int().min(0),
  mode: z.enum(['same', 'edit']),
  firstName: name.optional(),
  lastName: name.optional(),
  email: z
    .email()
    .transform((e) => e.trim().toLowerCase())
    .optional(),
  /** Another way than last time: `email` sends the link even to someone the bot knows; `teams` tries installing the app again. */
  via: z.enum(['teams', 'email']).optional(),
});

/** `toIssuer`: the printed name changed, so the card went back to the issuer's review before the cardholder is asked. */
export type ResendResult =
  | { kind: 'applied'; item: OrderItem; reached: boolean; toIssuer?: boolean }
  | { kind: 'already_decided'; item: OrderItem }
  | { kind: 'refused'; code: RefusalCode };

/**
 * The orderer sends a fresh approval round: after a decline (with the corrected name or e-mail),
 * an expiry, or to a cardholder who could not be reached (perhaps at a new e-mail). The old card
 * shows "replaced" and the cardholder (re-bound by e-mail when it changed) gets a new one.
 */
export async function resendApproval({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: z.input<typeof resendInput>;
}): Promise<ResendResult> {
  const { itemId, round, mode, via, ...edits } = parseInput(resendInput, input);
  const ports = portsOf(ctx);
  const found = await ctx.store.lifecycle.item(itemId);
  if (!found) throw new NotFoundError(`item ${itemId}`);
  const { order, ...item } = found;
  await authorize({ ctx, actor }, 'item.edit', {
    type: 'item',
    companyId: order.companyId,
    ordererId: order.ordererId,
    cardholderPersonId: item.cardholderPersonId,
  });
  if (item.approvalRound !== round) return { kind: 'already_decided', item };
  const changes: ItemPatch =
    mode === 'edit'
      ? Object.fromEntries(Object.entries(edits).filter(([k, v]) => v !== undefined && v !== item[k as keyof typeof edits]))
      : {};
  // The issuer approved the name as it was: a new name printed on the card is the issuer's to approve first.
  const printedChange = changes.firstName !== undefined || changes.lastName !== undefined;
  const result = transitionItem(
    snapshotOf(item),
    { type: 'resend', printedChange },
    { kind: 'orderer', personId: actor.personId },
    ctx.now(),
    { orderState: order.status },
  );
  if (!result.ok) return result.code === 'invalid_transition' ? { kind: 'already_decided', item } : { kind: 'refused', code: result.code };

  const company = await companyOf(ctx, order);
  const email = changes.email ?? item.email;
  const person =
    changes.email || !item.cardholderPersonId
      ? (await ctx.store.people.findByEmail(email, company.tenantId))[0]
      : await ctx.store.people.get(item.cardholderPersonId);
  const nextRound = approvalRound(item, ctx.now(), ports.timing);
  const review = result.next.review ?? 'with_order';
  // Under the issuer's review nothing runs for the cardholder: no card, no reminders, no expiry.
  const timers = review === 'pending' ? { remindAt: null, expiresAt: null } : {};
  const fresh: OrderItem = {
    ...item,
    ...changes,
    ...nextRound,
    ...timers,
    status: 'awaiting_cardholder',
    reason: null,
    declinedField: null,
    cardholderPersonId: person?.id ?? null,
    cardReview: review,
  };

  const replaced = await replacePosts(ctx, 'approval', itemId, `approval.replaced:${itemId}:${round}`, (locale) =>
    ports.approvals.outcome({ item, order, outcome: 'replaced' }, locale),
  );
  const outbox: OutboxDraft[] = [
    ...replaced.drafts,
    ...(review === 'pending'
      ? await cardChangeDrafts(ctx, { item: fresh, order, company, before: item })
      : person && via !== 'email'
        ? [approvalDraft(ports, { item: fresh, order, company, person })]
        : await reachDrafts(ctx, { order, item: fresh, company }, via)),
    ...(await eventDrafts(ctx, {
      order,
      eventId: `item.resend:${itemId}:${fresh.approvalRound}`,
      key: review === 'pending' ? 'event.item_to_issuer' : 'event.item_resent',
      params: { name: `${fresh.firstName} ${fresh.lastName}` },
      actorPersonId: actor.personId,
    })),
  ];
  const audit = {
    ...result.audit,
    details: { ...result.audit.details, ...(Object.keys(changes).length ? { changed: Object.keys(changes).join(',') } : {}) },
  };
  const { status: _s, id: _i, orderId: _o, ...patch } = fresh;
  const applied = await ctx.store.lifecycle.apply(
    { items: [{ itemId, from: [item.status], round, set: pick(patch) }] },
    { audit: [audit], outbox },
  );
  if (applied === 'already_decided') return { kind: 'already_decided', item };
  await ctx.store.lifecycle.forgetPosts(replaced.keys);
  // A card of the old round still waiting in the outbox (unreachable) must not arrive after the new one.
  if (item.cardholderPersonId)
    await ctx.store.outbox.cancel([idempotencyKey(`approval:${itemId}:${round}`, { kind: 'person', id: item.cardholderPersonId })]);
  ctx.log.info(
    { event: 'item.resend', itemId, orderId: order.id, round: fresh.approvalRound, reached: !!person, review },
    review === 'pending' ? 'printed data changed: back to the issuer' : 'approval resent',
  );
  return { kind: 'applied', item: fresh, reached: review !== 'pending' && !!person, ...(review === 'pending' ? { toIssuer: true } : {}) };
}

function pick(item: Omit<OrderItem, 'status' | 'id' | 'orderId'>): ItemPatch {
  const {
    reason,
    declinedField,
    cardholderPersonId,
    approvalRound,
    remindAt,
    remindersSent,
    expiresAt,
    firstName,
    lastName,
    email,
    cardReview,
  } = item;
  return {
    status: 'awaiting_cardholder',
    reason,
    declinedField,
    cardholderPersonId,
    approvalRound,
    remindAt,
    remindersSent,
    expiresAt,
    firstName,
    lastName,
    email,
    cardReview: cardReview ?? 'with_order',
  };
}
