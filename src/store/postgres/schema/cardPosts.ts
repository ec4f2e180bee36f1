import { pgTable, text, timestamp, index } from 'drizzle-orm/pg-core';

/**
 * Cards the bot posted that must later be replaced for everyone (review cards, approval cards):
 * the activity id comes back from the send (outbox `onSent`), and a decision updates each post.
 */
export const cardPosts = pgTable(
  'card_posts',
  {
    /** The outbox idempotency key of the message that posted the card. */
    key: text('key').primaryKey(),
    purpose: text('purpose', { enum: ['review', 'approval'] }).notNull(),
    /** The order (review) or item (approval) the card is about. */
    subjectId: text('subject_id').notNull(),
    recipientKind: text('recipient_kind', { enum: ['person', 'channel'] }).notNull(),
    recipientId: text('recipient_id').notNull(),
    tenantId: text('tenant_id').notNull(),
    activityId: text('activity_id').notNull(),
    conversationId: text('conversation_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('card_posts_subject').on(t.purpose, t.subjectId)],
);
