import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { cardholderColumns } from './cardholderColumns';
import { companies } from './companies';
import { people } from './people';

type Address = { name: string; careOf: string | null; street: string; postalCode: string; city: string };
type Recipient = { name: string; mobile: string };

/**
 * One checkout session. Its summary snapshot says which cart items (and versions) the orderer
 * saw; confirming claims it atomically (`open` -> `placed`), so a double click orders once.
 */
export const checkouts = sqliteTable(
  'checkouts',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    ordererId: text('orderer_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['open', 'placed', 'cancelled'] }).notNull(),
    summaryItems: text('summary_items', { mode: 'json' }).$type<{ id: string; updatedAt: number }[]>(),
    orderId: text('order_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('checkouts_owner').on(t.companyId, t.ordererId)],
);

/** The last order sequence used per year, bumped inside the order transaction. */
export const orderCounters = sqliteTable('order_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** A placed order: delivery, invoice and price are snapshots, so later setting changes do not rewrite history. */
export const orders = sqliteTable(
  'orders',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    ordererId: text('orderer_id')
      .notNull()
      .references(() => people.id),
    checkoutId: text('checkout_id').notNull(),
    status: text('status').notNull(),
    deliveryOptionId: text('delivery_option_id').notNull(),
    deliveryKind: text('delivery_kind', { enum: ['address', 'pickup'] }).notNull(),
    deliveryTitle: text('delivery_title').notNull(),
    deliveryAddress: text('delivery_address', { mode: 'json' }).$type<Address | null>(),
    recipients: text('recipients', { mode: 'json' }).$type<Recipient[]>().notNull(),
    invoiceAddress: text('invoice_address', { mode: 'json' }).$type<Address>().notNull(),
    expenseCode: text('expense_code'),
    termsVersion: text('terms_version').notNull(),
    itemCount: integer('item_count').notNull(),
    pricePerCardOre: integer('price_per_card_ore').notNull(),
    vatRatePercent: integer('vat_rate_percent').notNull(),
    netOre: integer('net_ore').notNull(),
    vatOre: integer('vat_ore').notNull(),
    grossOre: integer('gross_ore').notNull(),
    /** The issuer's rejection (or a cancellation) reason. */
    reason: text('reason'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    uniqueIndex('orders_number').on(t.number),
    uniqueIndex('orders_checkout').on(t.checkoutId),
    index('orders_owner').on(t.companyId, t.ordererId, t.createdAt),
  ],
);

/** A cardholder of an order, copied from the cart item (`cartItemId` keeps where it came from). */
export const orderItems = sqliteTable(
  'order_items',
  {
    id: text('id').primaryKey(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    cartItemId: text('cart_item_id').notNull(),
    status: text('status').notNull(),
    ...cardholderColumns(),
    photoId: text('photo_id').notNull(),
    /** Decline, rejection or cancellation reason; the field the cardholder said is wrong. */
    reason: text('reason'),
    declinedField: text('declined_field'),
    trackingRef: text('tracking_ref'),
    /** When retention (or an erasure request) replaced the numbers by their masked form; null while kept. */
    identityErasedAt: integer('identity_erased_at', { mode: 'timestamp_ms' }),
    /** When the photo was erased (retention or erasure request); `photoId` then names no stored photo. */
    photoErasedAt: integer('photo_erased_at', { mode: 'timestamp_ms' }),
    /** The person the cardholder gate belongs to, bound (by e-mail, in the order's tenant) when first reached. */
    cardholderPersonId: text('cardholder_person_id').references(() => people.id),
    /** Bumped by every resend: the approval card's outbox event is `approval:<item>:<round>`. */
    approvalRound: integer('approval_round').notNull().default(0),
    /** The issuer's review of this card beside the order's: `pending` after a change of printed data once the order was approved. */
    cardReview: text('card_review').$type<'with_order' | 'pending'>().notNull().default('with_order'),
    /** Reminder and expiry due times of the open approval round (null when none is open). */
    remindAt: integer('remind_at', { mode: 'timestamp_ms' }),
    remindersSent: integer('reminders_sent').notNull().default(0),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
    /** The card's valid-until date as the issuer reports it (set at activation); null before. */
    validUntil: integer('valid_until', { mode: 'timestamp_ms' }),
    /** The card this one renews or replaces (lost, stolen, renewal): activating this one supersedes that one. */
    replacesItemId: text('replaces_item_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    index('order_items_order').on(t.orderId, t.position),
    uniqueIndex('order_items_cart_item').on(t.cartItemId),
    index('order_items_email').on(t.email, t.status),
    index('order_items_remind').on(t.status, t.remindAt),
    index('order_items_expires').on(t.status, t.expiresAt),
    // Cards in use and their timers (end reminders, lapse): by state and date.
    index('order_items_valid_until').on(t.status, t.validUntil),
    index('order_items_replaces').on(t.replacesItemId),
  ],
);
