import { z } from 'zod';
import { transitionItem } from '../../domain/lifecycle';
import type { ItemState, RefusalCode } from '../../domain/lifecycle/states';
import type { MessageKey } from '../../i18n';
import type { Order } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { authorize } from '../roles/actorRoles';
import { snapshotOf } from './itemSnapshot';
import { eventDrafts } from './shared';
import { parseInput } from '../parseInput';

export const fulfilInput = z.object({
  itemId: z.string().min(1).max(64),
  step: z.enum(['produce', 'ship', 'deliver']),
  trackingRef: z.string().max(100).optional(),
});

const EVENT: Record<z.infer<typeof fulfilInput>['step'], MessageKey> = {
  produce: 'event.item_produced',
  ship: 'event.item_shipped',
  deliver: 'event.item_delivered',
};

export type FulfilResult =
  { kind: 'applied'; order: Order; state: ItemState } | { kind: 'already_decided'; order: Order } | { kind: 'refused'; code: RefusalCode };

/** The review desk marks an approved card produced, then shipped (with a tracking reference), then delivered. */
export async function fulfilItem({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: z.input<typeof fulfilInput>;
}): Promise<FulfilResult> {
  const { itemId, step, trackingRef } = parseInput(fulfilInput, input);
  const found = await ctx.store.lifecycle.item(itemId);
  if (!found) throw new NotFoundError(`item ${itemId}`);
  const { order, ...item } = found;
  await authorize({ ctx, actor }, 'item.fulfil', {
    type: 'item',
    companyId: order.companyId,
    ordererId: order.ordererId,
    cardholderPersonId: item.cardholderPersonId,
  });
  const event = step === 'ship' ? { type: step, trackingRef: trackingRef ?? '' } : { type: step };
  const result = transitionItem(snapshotOf(item), event, { kind: 'reviewer', personId: actor.personId }, ctx.now(), {
    orderState: order.status,
  });
  if (!result.ok) return result.code === 'invalid_transition' ? { kind: 'already_decided', order } : { kind: 'refused', code: result.code };

  const events = await eventDrafts(ctx, {
    order,
    eventId: `item.${step}:${itemId}`,
    key: EVENT[step],
    params: { name: `${item.firstName} ${item.lastName}`, tracking: result.next.trackingRef ?? '' },
    actorPersonId: actor.personId,
  });
  const applied = await ctx.store.lifecycle.apply(
    { items: [{ itemId, from: [item.status], set: { status: result.next.state, trackingRef: result.next.trackingRef } }] },
    { audit: [result.audit], outbox: events },
  );
  if (applied === 'already_decided') return { kind: 'already_decided', order };
  ctx.log.info({ event: `item.${step}`, itemId, orderId: order.id }, 'fulfilment step');
  return { kind: 'applied', order, state: result.next.state };
}
