import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { orderItems } from './orders';

/**
 * How an approval round went out to a cardholder the bot had not met: the app installed for them
 * through Graph (`teams`), or an e-mail with a link to the approval page (`email`). The row's id
 * is the link's only content (signed); no personal data lives here. `failed_attempts` counts
 * refused tries on the page (wrong date of birth), which lock the link after a few.
 */
export const approvalReach = sqliteTable(
  'approval_reach',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id')
      .notNull()
      .references(() => orderItems.id, { onDelete: 'cascade' }),
    round: integer('round').notNull(),
    channel: text('channel', { enum: ['teams', 'email'] }).notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed', 'off', 'decided'] }).notNull(),
    /** Why it failed or is off, as a code (`consent`, `not_found`, `no_smtp`, ...). */
    detail: text('detail'),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lastAttemptAt: integer('last_attempt_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('approval_reach_round').on(t.itemId, t.round, t.channel), index('approval_reach_item').on(t.itemId)],
);
