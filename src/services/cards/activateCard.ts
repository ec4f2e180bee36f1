import { z } from 'zod';
import { transitionItem } from '../../domain/lifecycle';
import type { AuditRecord } from '../../domain/lifecycle/audit';
import type { ItemChange, OutboxDraft } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { snapshotOf } from '../lifecycle/itemSnapshot';
import { eventDrafts, portsOf } from '../lifecycle/shared';
import { parseInput } from '../parseInput';
import { authorize } from '../roles/actorRoles';
import { cardPortsOf, isoDate, loadCard, nameOf, nextEndReminderAt, type Order } from './cardScope';

export const activateCardInput = z.object({ itemId: z.string().min(1).max(64) });

export type ActivateResult = { kind: 'applied'; order: Order; validUntil: Date } | { kind: 'already_decided'; order: Order };

/**
 * The issuer reports a delivered card activated (the local desk: a reviewer's click), with its
 * valid-until date from the gateway. The card's first end reminder is scheduled; a card it renews
 * or replaces is superseded in the same transaction (the issuer deactivates the old one).
 */
export async function activateCard({ ctx, actor, input }: { ctx: ServiceContext; actor: Actor; input: unknown }): Promise<ActivateResult> {
  const { itemId } = parseInput(activateCardInput, input);
  const { order, ...item } = await loadCard(ctx, itemId);
  await authorize({ ctx, actor }, 'item.fulfil', {
    type: 'item',
    companyId: order.companyId,
    ordererId: order.ordererId,
    cardholderPersonId: item.cardholderPersonId,
  });
  const at = ctx.now();
  const { validUntil } = portsOf(ctx).issuer.activation(item, at);
  const who = { kind: 'reviewer' as const, personId: actor.personId };
  const result = transitionItem(snapshotOf(item), { type: 'activate', validUntil }, who, at, { orderState: order.status });
  if (!result.ok) return { kind: 'already_decided', order };

  const { timing } = cardPortsOf(ctx);
  const changes: ItemChange[] = [
    {
      itemId,
      from: [item.status],
      set: { status: 'card_active', validUntil, remindersSent: 0, remindAt: nextEndReminderAt(validUntil, 0, timing) },
    },
  ];
  const audit: AuditRecord[] = [result.audit];
  const name = nameOf(item);
  const outbox: OutboxDraft[] = await eventDrafts(ctx, {
    order,
    eventId: `item.activate:${itemId}`,
    key: 'event.item_activated',
    params: { name, validUntil: isoDate(validUntil) },
    actorPersonId: actor.personId,
  });
  const old = item.replacesItemId ? await ctx.store.lifecycle.item(item.replacesItemId) : undefined;
  if (old) {
    const { order: oldOrder, ...oldItem } = old;
    const superseded = transitionItem(
      snapshotOf(oldItem),
      { type: 'supersede', byItemId: itemId },
      { kind: 'system', personId: null },
      at,
      { orderState: oldOrder.status },
    );
    if (superseded.ok) {
      changes.push({ itemId: oldItem.id, from: [oldItem.status], set: { status: 'card_superseded', remindAt: null } });
      audit.push(superseded.audit);
      outbox.push(
        ...(await eventDrafts(ctx, {
          order: oldOrder,
          eventId: `item.supersede:${oldItem.id}`,
          key: 'event.item_superseded',
          params: { name: nameOf(oldItem) },
          actorPersonId: actor.personId,
        })),
      );
    }
  }
  const applied = await ctx.store.lifecycle.apply({ items: changes }, { audit, outbox });
  if (applied === 'already_decided') return { kind: 'already_decided', order };
  ctx.log.info({ event: 'card.activate', itemId, orderId: order.id, superseded: changes.length - 1 }, 'card activated');
  return { kind: 'applied', order, validUntil };
}
