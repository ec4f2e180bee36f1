import { pgTable, text, integer, timestamp, boolean, index } from 'drizzle-orm/pg-core';
import { companies } from './companies';

/** Per-company ordering settings: price per card in öre (excl. VAT), VAT rate, delivery terms. */
export const companySettings = pgTable('company_settings', {
  companyId: text('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  pricePerCardOre: integer('price_per_card_ore').notNull(),
  vatRatePercent: integer('vat_rate_percent').notNull(),
  termsEn: text('terms_en').notNull(),
  termsSv: text('terms_sv').notNull(),
  /** Recorded on each order, so it is known which text the orderer accepted. */
  termsVersion: text('terms_version').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** The delivery options a company offers: to an address, or pick-up at a service point. */
export const deliveryOptions = pgTable(
  'delivery_options',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['address', 'pickup'] }).notNull(),
    titleEn: text('title_en').notNull(),
    titleSv: text('title_sv').notNull(),
    descriptionEn: text('description_en').notNull(),
    descriptionSv: text('description_sv').notNull(),
    sortOrder: integer('sort_order').notNull(),
    active: boolean('active').notNull(),
  },
  (t) => [index('delivery_options_company').on(t.companyId)],
);

/** Saved delivery and invoice addresses of a company. */
export const companyAddresses = pgTable(
  'company_addresses',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['delivery', 'invoice'] }).notNull(),
    name: text('name').notNull(),
    careOf: text('care_of'),
    street: text('street').notNull(),
    postalCode: text('postal_code').notNull(),
    city: text('city').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('company_addresses_company').on(t.companyId, t.purpose)],
);
