import type { CardReview, ItemState, OrderState } from '../../domain/lifecycle/states';
import type { TxEffects } from './effects';
import type { CartItemInput, CartOwner } from './cart';
import type { PostalAddressRecord } from './settings';

/** Checkouts, orders and the events written with them (audit, outbox). */
/** A cart item as a checkout summary showed it: confirming refuses if the cart moved on since. */
export interface CartVersionEntry {
  id: string;
  updatedAt: number;
}

export type CheckoutStatus = 'open' | 'placed' | 'cancelled';

export interface Checkout {
  id: string;
  companyId: string;
  ordererId: string;
  status: CheckoutStatus;
  summaryItems: CartVersionEntry[] | null;
  orderId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CheckoutRepository {
  open(owner: CartOwner): Promise<Checkout>;
  get(owner: CartOwner, checkoutId: string): Promise<Checkout | undefined>;
  /** Records what the summary showed; false when the checkout is not open (or not this owner's). */
  recordSummary(owner: CartOwner, checkoutId: string, items: CartVersionEntry[]): Promise<boolean>;
  cancel(owner: CartOwner, checkoutId: string): Promise<boolean>;
}

export interface OrderRecipient {
  name: string;
  mobile: string;
}

export type OrderStatus = OrderState;

export interface Order {
  id: string;
  number: string;
  companyId: string;
  ordererId: string;
  checkoutId: string;
  status: OrderStatus;
  deliveryOptionId: string;
  deliveryKind: 'address' | 'pickup';
  deliveryTitle: string;
  deliveryAddress: PostalAddressRecord | null;
  recipients: OrderRecipient[];
  invoiceAddress: PostalAddressRecord;
  expenseCode: string | null;
  termsVersion: string;
  itemCount: number;
  pricePerCardOre: number;
  vatRatePercent: number;
  netOre: number;
  vatOre: number;
  grossOre: number;
  reason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrderItem extends Omit<CartItemInput, 'photoId' | 'photoFailure'> {
  id: string;
  orderId: string;
  position: number;
  cartItemId: string;
  status: ItemState;
  photoId: string;
  reason: string | null;
  declinedField: string | null;
  trackingRef: string | null;
  /** Set once the numbers were replaced by their masked form (retention, erasure). */
  identityErasedAt?: Date | null;
  /** Set once the photo was erased; `photoId` then names no stored photo. */
  photoErasedAt?: Date | null;
  cardholderPersonId: string | null;
  approvalRound: number;
  /** `pending`: the printed data changed after the issuer approved the order; the issuer reviews this card again. */
  cardReview?: CardReview;
  remindAt: Date | null;
  remindersSent: number;
  expiresAt: Date | null;
  /** The card's valid-until date, set when the issuer reports it activated. */
  validUntil?: Date | null;
  createdAt: Date;
  updatedAt: Date | null;
}

/**
 * Everything "confirm order" writes, decided by the service beforehand: the order (its number
 * reserved with `reserveNumber`) and its items copied from the cart items the summary showed, and
 * the audit and outbox effects built from them. The store only checks and writes; it calls no
 * service code inside its transaction.
 */
export interface PlaceOrderInput {
  checkoutId: string;
  owner: CartOwner;
  order: Order;
  /** One per cart item, `cartItemId` naming it; the cart must hold exactly these items at the summarised versions. */
  items: OrderItem[];
  /** Keep the delivery address among the company's saved ones. */
  saveDeliveryAddress: boolean;
  effects: TxEffects;
}

export type PlaceOrderResult =
  | { kind: 'placed'; order: Order }
  /** This checkout was confirmed before (double click, old card, retried invoke). */
  | { kind: 'already_placed'; order: Order }
  /** The summarised cart items were ordered from another checkout (another chat). */
  | { kind: 'ordered_elsewhere'; order: Order }
  /** The cart is not what the summary showed (item added, removed or edited since). */
  | { kind: 'cart_changed' }
  /** Cancelled, never summarised, or not this owner's. */
  | { kind: 'not_open' };

export interface OrderListing {
  order: Order;
  /** Full names of the first cardholders, in order. */
  names: string[];
  /** Every card's state, in position order (the order's progress is computed from them). */
  itemStates: OrderItem['status'][];
}

export interface OrderRepository {
  /**
   * In one transaction: claims the open checkout, checks the cart against its summary, writes
   * the order and its items, empties them from the cart, saves a new delivery address if asked,
   * and applies the effects (audit, outbox).
   */
  place(input: PlaceOrderInput): Promise<PlaceOrderResult>;
  /** The year's next order sequence number, taken for good (a refused placement leaves a gap). */
  reserveNumber(year: number): Promise<number>;
  get(orderId: string): Promise<Order | undefined>;
  byNumber(number: string): Promise<Order | undefined>;
  items(orderId: string): Promise<OrderItem[]>;
  /** Newest first. */
  listFor(owner: CartOwner, limit: number): Promise<{ total: number; orders: OrderListing[] }>;
  /** Cardholders on the company's orders that are still under way (not cancelled, rejected or finished). */
  openCardholders(companyId: string): Promise<{ identityIndex: string; orderNumber: string }[]>;
}
