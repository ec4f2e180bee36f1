import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/** botbuilder Storage items (dialog state): one JSON document per key, with its eTag. */
export const botState = sqliteTable('bot_state', {
  key: text('key').primaryKey(),
  doc: text('doc').notNull(),
  etag: text('etag').notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});
