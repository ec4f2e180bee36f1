import { pgTable, text, timestamp, index } from 'drizzle-orm/pg-core';
import { people } from './people';
import { photos } from './cart';

/**
 * Single-use upload links. The URL carries only the opaque id (plus an HMAC signature); who the
 * upload is for, and where the chat continues, stays here. `used_at` is set once, atomically,
 * when an upload succeeds; a refused photo leaves the link usable. `purpose` says what the page
 * takes: a cardholder photo, or a bulk-import file (.xlsx/.zip).
 */
export const uploadTokens = pgTable(
  'upload_tokens',
  {
    id: text('id').primaryKey(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull(),
    /** With person_id, the key of the stored conversation reference the dialog continues in. */
    conversationId: text('conversation_id').notNull(),
    purpose: text('purpose', { enum: ['cardholder-photo', 'import'] }).notNull(),
    /** The user's locale when the link was made, so the page speaks their language. */
    locale: text('locale').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
    photoId: text('photo_id').references(() => photos.id, { onDelete: 'set null' }),
    /** Whose photo the link is for (the cardholder's name, shown on the page); null for an import file. */
    subjectName: text('subject_name'),
  },
  (t) => [index('upload_tokens_expires').on(t.expiresAt)],
);
