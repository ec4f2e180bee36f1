import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/** Exclusive leases with an expiry (a conversation's turn, a timer tick); see LeaseRepository. */
export const leases = sqliteTable('leases', {
  key: text('key').primaryKey(),
  holder: text('holder').notNull(),
  until: integer('until', { mode: 'timestamp_ms' }).notNull(),
});
