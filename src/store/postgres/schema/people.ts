import { pgTable, text, timestamp, json, index, uniqueIndex } from 'drizzle-orm/pg-core';

/** A Teams user the bot has met (orderer, manager, reviewer or cardholder). */
export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    aadObjectId: text('aad_object_id').notNull(),
    /** The bot-specific `29:` id, needed to create a 1:1 conversation. */
    teamsUserId: text('teams_user_id'),
    name: text('name'),
    email: text('email'),
    upn: text('upn'),
    locale: text('locale'),
    profileFetchedAt: timestamp('profile_fetched_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('people_tenant_aad').on(t.tenantId, t.aadObjectId), index('people_email').on(t.email)],
);

/**
 * The latest conversation reference per person and conversation (1:1, group chat) and per channel
 * conversation (person_key ''), upserted on every activity so proactive sends use a fresh serviceUrl.
 */
export const conversationRefs = pgTable(
  'conversation_refs',
  {
    conversationId: text('conversation_id').notNull(),
    personKey: text('person_key').notNull(),
    personId: text('person_id'),
    tenantId: text('tenant_id'),
    conversationType: text('conversation_type').notNull(),
    serviceUrl: text('service_url').notNull(),
    reference: json('reference').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('conversation_refs_key').on(t.conversationId, t.personKey), index('conversation_refs_person').on(t.personId)],
);
