import { pgTable, text, timestamp, index, primaryKey } from 'drizzle-orm/pg-core';
import { companies } from './companies';
import { people } from './people';

/**
 * A role granted by e-mail to someone the bot has not met yet (or whose e-mail it does not know);
 * consumed into company_roles the first time that person is seen with a matching e-mail.
 */
export const pendingRoleGrants = pgTable(
  'pending_role_grants',
  {
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    /** Lower-case. */
    email: text('email').notNull(),
    role: text('role', { enum: ['orderer', 'admin', 'manager'] }).notNull(),
    grantedBy: text('granted_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.email, t.role] }), index('pending_role_grants_email').on(t.email)],
);

/**
 * A Teams channel that receives a company's notifications. The channel's conversation reference
 * lives in conversation_refs (person_key ''), keyed by the channel's own conversation id.
 */
export const channelSubscriptions = pgTable(
  'channel_subscriptions',
  {
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    conversationId: text('conversation_id').notNull(),
    tenantId: text('tenant_id').notNull(),
    subscribedBy: text('subscribed_by').references(() => people.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.conversationId] })],
);
