import { HANDED_OVER_STATES, PRODUCTION_STATES, type ItemState, type OrderState } from './states';

/** What the orderer sees as the order's status, derived from the order and its items. */
export type OrderProgress =
  OrderState | 'awaiting_cardholders' | 'ready_for_production' | 'in_production' | 'shipped' | 'delivered' | 'closed';

/** True once any item is produced or further: the order can no longer be cancelled. */
export function productionStarted(items: readonly { state: ItemState }[]): boolean {
  return items.some((i) => PRODUCTION_STATES.includes(i.state));
}

export function orderProgress(orderState: OrderState, items: readonly { state: ItemState }[]): OrderProgress {
  if (orderState !== 'approved') return orderState;
  const live = items.filter((i) => i.state !== 'rejected' && i.state !== 'cancelled');
  if (live.length === 0) return 'closed';
  // A card's life after delivery (active, blocked, ended, ...) does not reopen its order.
  if (live.every((i) => HANDED_OVER_STATES.includes(i.state))) return 'delivered';
  if (live.every((i) => i.state === 'shipped' || HANDED_OVER_STATES.includes(i.state))) return 'shipped';
  if (productionStarted(live)) return 'in_production';
  if (live.every((i) => i.state === 'approved')) return 'ready_for_production';
  return 'awaiting_cardholders';
}

export function countByState(items: readonly { state: ItemState }[]): Partial<Record<ItemState, number>> {
  const counts: Partial<Record<ItemState, number>> = {};
  for (const item of items) counts[item.state] = (counts[item.state] ?? 0) + 1;
  return counts;
}
