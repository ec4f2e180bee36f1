import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Exclusive leases with an expiry (a conversation's turn, a timer tick); see LeaseRepository. */
export const leases = pgTable('leases', {
  key: text('key').primaryKey(),
  holder: text('holder').notNull(),
  until: timestamp('until', { withTimezone: true, mode: 'date' }).notNull(),
});
