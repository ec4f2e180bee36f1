import type { CardReview, ItemState, OrderState } from './states';

/** An item's state as people are told it: `awaiting_review` before the issuer has approved the order. */
export type ShownItemStatus = ItemState | 'awaiting_review';

/**
 * Every item waits for its cardholder from the start, but nobody asks the cardholder before the
 * issuer's review: until then the item is waiting for the review, and saying "waiting for the
 * cardholder" would send the orderer chasing someone who has no request yet.
 */
export function shownItemStatus(order: OrderState, item: ItemState, review: CardReview = 'with_order'): ShownItemStatus {
  // A card whose printed name changed after approval waits for its own review the same way.
  return item === 'awaiting_cardholder' && (order === 'submitted' || order === 'in_review' || review === 'pending')
    ? 'awaiting_review'
    : item;
}
