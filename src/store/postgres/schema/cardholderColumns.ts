import { text, boolean } from 'drizzle-orm/pg-core';

/**
 * What a cardholder is, as both the cart and the order keep it (an order item is a copy of a cart
 * item). A function, so each table gets its own column builders.
 */
export const cardholderColumns = () => ({
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  nationality: text('nationality').notNull(),
  identityScheme: text('identity_scheme').notNull(),
  /** Sealed (src/crypto): `enc1:` + the envelope in base64, bound to table, row and column. */
  identityNumber: text('identity_number').notNull(),
  /** Keyed blind index (HMAC) of nationality and normalised number: duplicate checks without decrypting. */
  identityIndex: text('identity_index'),
  coordinationNumber: text('coordination_number'),
  dateOfBirth: text('date_of_birth'),
  email: text('email').notNull(),
  mobile: text('mobile').notNull(),
  cardType: text('card_type', { enum: ['standard', 'visitor'] }).notNull(),
  hasBankId: boolean('has_bank_id').notNull(),
  manualIdVerification: boolean('manual_id_verification').notNull(),
});
