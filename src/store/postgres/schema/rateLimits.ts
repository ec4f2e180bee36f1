import { pgTable, text, timestamp, index } from 'drizzle-orm/pg-core';

/**
 * Calls to Teams counted against the fleet's rate limits (PostgreSQL only: one SQLite process
 * keeps them in memory). A slot is taken when a call is dispatched and stamped when it completes;
 * an unstamped slot counts as in flight until `expires_at` (a crashed worker's slot runs out).
 */
export const rateSlots = pgTable(
  'rate_slots',
  {
    permit: text('permit').notNull(),
    key: text('key').notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('rate_slots_key').on(t.key, t.completedAt), index('rate_slots_permit').on(t.permit)],
);

/** A 429 with Retry-After: nothing for this key (a conversation) before `until`, on any instance. */
export const rateBlocks = pgTable('rate_blocks', {
  key: text('key').primaryKey(),
  until: timestamp('until', { withTimezone: true, mode: 'date' }).notNull(),
});
