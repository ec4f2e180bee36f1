import type { Order, OrderItem, OrderListing } from '../ports';
import { HANDED_OVER_STATES } from '../../domain/lifecycle/states';

/** Listing rules both dialects share. */
export const NAMES_PER_ORDER = 5;
export const CLOSED_ORDER = ['cancelled', 'rejected', 'delivered'];
/** A handed-over card (delivered, then active, blocked, ended ...) no longer holds an order open: renewing one is no duplicate. */
export const CLOSED_ITEM = ['declined', 'expired', 'rejected', 'cancelled', ...HANDED_OVER_STATES];

/** A card of a listed order as the listing reads it (no sealed column: nothing is opened to list). */
export interface ListedCard {
  orderId: string;
  firstName: string;
  lastName: string;
  status: string;
}

/** One order of the list from the cards read for all of them (in order id, then position order). */
export function listingOf(order: Order, cards: ListedCard[]): OrderListing {
  const mine = cards.filter((c) => c.orderId === order.id);
  return {
    order,
    names: mine.slice(0, NAMES_PER_ORDER).map((c) => `${c.firstName} ${c.lastName}`),
    itemStates: mine.map((c) => c.status as OrderItem['status']),
  };
}
