import { z } from 'zod';
import { transitionItem } from '../../domain/lifecycle';
import { localeFrom, t } from '../../i18n';
import type { OutboxDraft } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { snapshotOf } from '../lifecycle/itemSnapshot';
import { companyOf, eventDrafts, localeOfRecipient, portsOf } from '../lifecycle/shared';
import { parseInput } from '../parseInput';
import { reviewerAudience } from '../roles/audiences';
import { cardActor, cardPortsOf, loadCard, nameOf, type Order } from './cardScope';

export const stopCardInput = z.object({
  itemId: z.string().min(1).max(64),
  /** `block`: lost or stolen (only an activated card); `end`: for good. */
  how: z.enum(['block', 'end']),
  reason: z.string().trim().max(500).optional(),
});

export type StopCardResult =
  | { kind: 'applied'; order: Order; name: string }
  | { kind: 'already_decided' }
  /** `not_active`: a block asked of a card never activated (the issuer's rule: end it instead). */
  | { kind: 'refused'; code: 'not_active' | 'reason_required' };

/**
 * The orderer (or the company's admin) blocks a lost or stolen card, or ends a card for good. One
 * transaction: the conditional change, its audit (with the actor's capacity), the request to the
 * issuer, the managers' line and the cardholder's own message in their 1:1 chat.
 */
export async function stopCard({ ctx, actor, input }: { ctx: ServiceContext; actor: Actor; input: unknown }): Promise<StopCardResult> {
  const { itemId, how, reason } = parseInput(stopCardInput, input);
  const card = await loadCard(ctx, itemId);
  const { order, ...item } = card;
  const who = await cardActor({ ctx, actor }, card);
  const event =
    how === 'block' ? { type: 'block' as const, reason: reason ?? '' } : { type: 'end' as const, ...(reason ? { reason } : {}) };
  const result = transitionItem(snapshotOf(item), event, who, ctx.now(), { orderState: order.status });
  if (!result.ok) {
    if (result.code === 'reason_required') return { kind: 'refused', code: 'reason_required' };
    if (how === 'block' && ['produced', 'shipped', 'delivered'].includes(item.status)) return { kind: 'refused', code: 'not_active' };
    return { kind: 'already_decided' };
  }

  const company = await companyOf(ctx, order);
  const ports = portsOf(ctx);
  const name = nameOf(item);
  const outbox: OutboxDraft[] = [];
  for (const recipient of await reviewerAudience({ ctx })) {
    const payload = ports.issuer.cardRequest(
      { item, order, company, request: how, reason: result.next.reason },
      await localeOfRecipient(ctx, recipient),
    );
    outbox.push({ eventId: `issuer.${how}:${itemId}`, recipient, tenantId: company.tenantId, payload });
  }
  const key = how === 'block' ? 'event.item_blocked' : 'event.item_ended';
  outbox.push(
    ...(await eventDrafts(ctx, {
      order,
      eventId: `item.${how}:${itemId}`,
      key,
      params: { name, reason: result.next.reason ?? '' },
      actorPersonId: actor.personId,
    })),
  );
  const cardholder = item.cardholderPersonId ? await ctx.store.people.get(item.cardholderPersonId) : undefined;
  if (cardholder && cardholder.id !== actor.personId) {
    const payload = cardPortsOf(ctx).notices.toCardholder({ item, order, company, request: how }, localeFrom(cardholder.locale));
    outbox.push({
      eventId: `cardholder.${how}:${itemId}`,
      recipient: { kind: 'person', id: cardholder.id },
      tenantId: company.tenantId,
      payload,
    });
  }
  const applied = await ctx.store.lifecycle.apply(
    { items: [{ itemId, from: [item.status], set: { status: result.next.state, reason: result.next.reason, remindAt: null } }] },
    { audit: [result.audit], outbox },
  );
  if (applied === 'already_decided') return { kind: 'already_decided' };
  ctx.log.info({ event: `card.${how}`, itemId, orderId: order.id, by: who.kind }, how === 'block' ? 'card blocked' : 'card ended');
  return { kind: 'applied', order, name };
}

/** The block reason the chat's *Report lost or stolen* gives, in the company's words (the orderer's locale). */
export const lostOrStolen = (locale: string | null | undefined) => t(localeFrom(locale), 'block.reason_lost_or_stolen');
