import type { OrderProgress } from './progress';
import type { OrderState } from './states';

/**
 * The states people filter orders by in the Orders tab, each a set of `orderProgress` values.
 * "In production" includes orders every cardholder has approved that wait for the issuer's print run.
 */
export const ORDER_FILTERS = {
  waiting_for_review: ['submitted', 'in_review'],
  waiting_for_cardholders: ['awaiting_cardholders'],
  in_production: ['ready_for_production', 'in_production'],
  shipped: ['shipped'],
  delivered: ['delivered'],
  rejected: ['rejected'],
  cancelled: ['cancelled', 'closed'],
} as const satisfies Record<string, readonly OrderProgress[]>;

export type OrderFilter = keyof typeof ORDER_FILTERS;
export const ORDER_FILTER_NAMES = Object.keys(ORDER_FILTERS) as OrderFilter[];

/** Progress values that equal the order's own state (no item needs looking at). */
const ORDER_STATE_PROGRESS: readonly OrderState[] = ['submitted', 'in_review', 'rejected', 'cancelled'];

/** Splits a filter's progress values into order states and the ones derived from an approved order's items. */
export function filterParts(filter: OrderFilter): { orderStates: OrderState[]; approvedProgress: OrderProgress[] } {
  const values: readonly OrderProgress[] = ORDER_FILTERS[filter];
  return {
    orderStates: values.filter((v): v is OrderState => (ORDER_STATE_PROGRESS as readonly string[]).includes(v)),
    approvedProgress: values.filter((v) => !(ORDER_STATE_PROGRESS as readonly string[]).includes(v)),
  };
}

export function filterOf(progress: OrderProgress): OrderFilter {
  return ORDER_FILTER_NAMES.find((f) => (ORDER_FILTERS[f] as readonly OrderProgress[]).includes(progress))!;
}
