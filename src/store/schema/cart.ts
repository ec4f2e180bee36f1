import { sqliteTable, text, integer, index, blob } from 'drizzle-orm/sqlite-core';
import { cardholderColumns } from './cardholderColumns';
import { companies } from './companies';
import { people } from './people';

/** A normalised photo (600x800 JPEG) and its thumbnail; the original upload is never kept. */
export const photos = sqliteTable('photos', {
  id: text('id').primaryKey(),
  ownerPersonId: text('owner_person_id')
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' }),
  jpeg: blob('jpeg', { mode: 'buffer' }).notNull(),
  thumbnail: blob('thumbnail', { mode: 'buffer' }).notNull(),
  /** Soft findings of the quality checks, as `{ code, params }[]`. */
  findings: text('findings', { mode: 'json' }).$type<{ code: string; params: Record<string, string | number> }[]>().notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

/** A cardholder draft in an orderer's cart, within one company. */
export const cartItems = sqliteTable(
  'cart_items',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    ordererId: text('orderer_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    ...cardholderColumns(),
    photoId: text('photo_id'),
    /** A hard photo failure recorded for the item (e.g. a refused photo in a bulk import): blocks checkout. */
    photoFailure: text('photo_failure', { mode: 'json' }).$type<{ code: string; params: Record<string, string | number> }>(),
    /** The card in use this item renews or replaces (cards in use: lost, stolen, renew); copied to the order item. */
    replacesItemId: text('replaces_item_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('cart_items_owner').on(t.companyId, t.ordererId), index('cart_items_replaces').on(t.replacesItemId)],
);
