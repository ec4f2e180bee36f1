import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** botbuilder Storage items (dialog state): one JSON document per key, with its eTag. */
export const botState = pgTable('bot_state', {
  key: text('key').primaryKey(),
  doc: text('doc').notNull(),
  etag: text('etag').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});
