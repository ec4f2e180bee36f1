import { z } from 'zod';
import { transitionItem } from '../../domain/lifecycle';
import type { Company, Order, OrderItem, OutboxDraft } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { parseInput } from '../parseInput';
import { reachDrafts } from '../reach/reachDrafts';
import { authorize } from '../roles/actorRoles';
import { reviewerAudience } from '../roles/audiences';
import { snapshotOf } from './itemSnapshot';
import { approvalDraft, approvalRound, cardholderFor, companyOf, eventDrafts, localeOfRecipient, portsOf } from './shared';

/** The review desk's card for one card whose printed name changed after the order's approval, to every reviewer. */
export async function cardChangeDrafts(
  ctx: ServiceContext,
  input: { item: OrderItem; order: Order; company: Company; before: OrderItem },
): Promise<OutboxDraft[]> {
  const { item, order, company, before } = input;
  const drafts: OutboxDraft[] = [];
  for (const recipient of await reviewerAudience({ ctx })) {
    const payload = portsOf(ctx).issuer.cardChange({ item, order, company, before, open: true }, await localeOfRecipient(ctx, recipient));
    drafts.push({ eventId: `item.card_review:${item.id}:${item.approvalRound}`, recipient, tenantId: company.tenantId, payload });
  }
  return drafts;
}

export const reviewCardInput = z.object({ itemId: z.string().min(1).max(64), round: z.coerce.number().int().min(0) });

export type ReviewCardResult =
  { kind: 'applied' | 'already_decided'; item: OrderItem; order: Order; company: Company } | { kind: 'refused'; code: string };

/**
 * The issuer approves a card whose printed name changed after the order was approved (the card's
 * own review, beside the order's): only then the cardholder gets the card to approve, in one
 * transaction with the audit record and the outbox. A second click, or another reviewer's, is
 * "already decided".
 */
export async function reviewCardChange({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: z.input<typeof reviewCardInput>;
}): Promise<ReviewCardResult> {
  const { itemId, round } = parseInput(reviewCardInput, input);
  const found = await ctx.store.lifecycle.item(itemId);
  if (!found) throw new NotFoundError(`item ${itemId}`);
  const { order, ...item } = found;
  await authorize({ ctx, actor }, 'order.review', { type: 'order', companyId: order.companyId, ordererId: order.ordererId });
  const company = await companyOf(ctx, order);
  if (item.approvalRound !== round) return { kind: 'already_decided', item, order, company };
  const result = transitionItem(snapshotOf(item), { type: 'review_card' }, { kind: 'reviewer', personId: actor.personId }, ctx.now(), {
    orderState: order.status,
  });
  if (!result.ok)
    return result.code === 'invalid_transition'
      ? { kind: 'already_decided', item, order, company }
      : { kind: 'refused', code: result.code };

  const ports = portsOf(ctx);
  const fresh: OrderItem = { ...item, ...approvalRound(item, ctx.now(), ports.timing), cardReview: 'with_order' };
  const person = await cardholderFor(ctx, fresh, company);
  const outbox: OutboxDraft[] = [
    ...(person ? [approvalDraft(ports, { item: fresh, order, company, person })] : await reachDrafts(ctx, { order, item: fresh, company })),
    ...(await eventDrafts(ctx, {
      order,
      eventId: `item.card_reviewed:${itemId}:${fresh.approvalRound}`,
      key: 'event.card_reviewed',
      params: { name: `${fresh.firstName} ${fresh.lastName}` },
      actorPersonId: actor.personId,
    })),
  ];
  const { approvalRound: next, remindAt, remindersSent, expiresAt } = fresh;
  const applied = await ctx.store.lifecycle.apply(
    {
      items: [
        {
          itemId,
          from: ['awaiting_cardholder'],
          round,
          set: {
            cardReview: 'with_order',
            approvalRound: next,
            remindAt,
            remindersSent,
            expiresAt,
            cardholderPersonId: person?.id ?? item.cardholderPersonId,
          },
        },
      ],
    },
    { audit: [result.audit], outbox },
  );
  if (applied === 'already_decided') return { kind: 'already_decided', item, order, company };
  ctx.log.info(
    { event: 'item.card_reviewed', itemId, orderId: order.id, round: next, reached: !!person },
    'changed card approved by the issuer',
  );
  return { kind: 'applied', item: fresh, order, company };
}
