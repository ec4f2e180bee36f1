/**
 * The states and events of an order and of its items. Issuer review happens per order (with an
 * optional per-item rejection while the order is under review); every item then has its own
 * cardholder gate, and production, shipping and delivery are tracked per item.
 *
 * Whether the approval card actually reached the cardholder (pending, unreachable) is a delivery
 * fact kept in the outbox, not an item state: the item simply stays `awaiting_cardholder`.
 */
export const ORDER_STATES = ['submitted', 'in_review', 'approved', 'rejected', 'cancelled'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const ITEM_STATES = [
  'awaiting_cardholder',
  'approved',
  'declined',
  'expired',
  'rejected',
  'cancelled',
  'produced',
  'shipped',
  'delivered',
  // After delivery, as the issuer reports the card (src/domain/lifecycle/cardMachine.ts).
  'card_active',
  'card_blocked',
  'card_ended',
  'card_superseded',
  'card_lapsed',
] as const;
export type ItemState = (typeof ITEM_STATES)[number];

/**
 * The card's life after delivery: activated by the cardholder (`card_active`), blocked when lost
 * or stolen (`card_blocked`), ended for good (`card_ended`), replaced by a renewal or replacement
 * card that was activated (`card_superseded`), or past its valid-until date (`card_lapsed`).
 */
export const AFTER_DELIVERY_STATES = [
  'card_active',
  'card_blocked',
  'card_ended',
  'card_superseded',
  'card_lapsed',
] as const satisfies readonly ItemState[];
/** Delivered to the company: `delivered` (not activated yet) or any state after it. */
export const HANDED_OVER_STATES: readonly ItemState[] = ['delivered', ...AFTER_DELIVERY_STATES];
/** Cards a company still has in its hands: shown under `cards in use` (ended, superseded cards are not). */
export const IN_USE_STATES: readonly ItemState[] = ['delivered', 'card_active', 'card_blocked', 'card_lapsed'];

/** Item states from which the card is in (or past) production: cancelling is no longer possible. */
export const PRODUCTION_STATES: readonly ItemState[] = ['produced', 'shipped', ...HANDED_OVER_STATES];

/** The capacity in which someone acts; `system` is the scheduler (expiry) or an integration. */
export type ActorKind = 'orderer' | 'admin' | 'reviewer' | 'cardholder' | 'system';

export interface LifecycleActor {
  kind: ActorKind;
  /** The person acting; null for `system`. */
  personId: string | null;
}

export type OrderEvent =
  { type: 'start_review' } | { type: 'approve' } | { type: 'reject'; reason: string } | { type: 'cancel'; reason?: string };

export type ItemEvent =
  | { type: 'approve' }
  | { type: 'decline'; reason: string; field?: string }
  | { type: 'expire' }
  /** `printedChange`: the name printed on the card changed after the issuer's approval: the card goes back to the issuer. */
  | { type: 'resend'; printedChange?: boolean }
  /** The issuer approves a card whose printed data changed after the order's approval. */
  | { type: 'review_card' }
  | { type: 'reject'; reason: string }
  | { type: 'cancel'; reason?: string }
  | { type: 'produce' }
  | { type: 'ship'; trackingRef: string }
  | { type: 'deliver' }
  | { type: 'activate'; validUntil: Date }
  | { type: 'block'; reason: string }
  | { type: 'end'; reason?: string }
  | { type: 'lapse' }
  | { type: 'supersede'; byItemId: string };

export interface OrderSnapshot {
  id: string;
  state: OrderState;
  /** Rejection or cancellation reason, once there is one. */
  reason: string | null;
  /** True once any item is produced, shipped or delivered (see `productionStarted`). */
  productionStarted: boolean;
}

/**
 * The issuer's review of one card, beside the order's: `with_order` — the order's review covers it;
 * `pending` — its printed data changed after the order was approved, so the issuer reviews it again
 * before the cardholder is asked.
 */
export type CardReview = 'with_order' | 'pending';

export interface ItemSnapshot {
  id: string;
  orderId: string;
  state: ItemState;
  /** Absent: `with_order`. */
  review?: CardReview;
  /** Decline, rejection or cancellation reason. */
  reason: string | null;
  /** The field the cardholder said is wrong, when declining. */
  declinedField: string | null;
  trackingRef: string | null;
  /** The card's valid-until date, once the issuer activated it. */
  validUntil?: Date | null;
}

/** Why a transition was refused. Callers map these to catalogue messages. */
export type RefusalCode =
  | 'actor_not_allowed'
  | 'invalid_transition'
  | 'reason_required'
  | 'tracking_ref_required'
  | 'production_started'
  | 'order_not_approved'
  | 'order_not_in_review'
  /** A lapse before the card's valid-until date. */
  | 'still_valid'
  /** The card's printed data changed after the issuer's approval: the issuer reviews it before the cardholder decides. */
  | 'card_in_review';

export const MAX_REASON_LENGTH = 500;
