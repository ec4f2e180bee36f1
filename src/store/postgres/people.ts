import { and, desc, eq, or, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { ConversationRefRepository, PeopleRepository, Person, StoredConversationRef } from '../ports';
import { conversationRefs, people } from './schema';
import type { PgDb } from './db';

export function pgPeople(db: PgDb, now: () => Date): PeopleRepository {
  const byAad = async (tenantId: string, aadObjectId: string) =>
    (
      await db
        .select()
        .from(people)
        .where(and(eq(people.tenantId, tenantId), eq(people.aadObjectId, aadObjectId)))
    )[0];

  return {
    async upsertSeen(user) {
      const at = now();
      const row = {
        id: randomUUID(),
        tenantId: user.tenantId,
        aadObjectId: user.aadObjectId,
        teamsUserId: user.teamsUserId ?? null,
        name: user.name ?? null,
        email: null,
        upn: null,
        locale: user.locale ?? null,
        profileFetchedAt: null,
        createdAt: at,
        updatedAt: at,
      };
      // One statement whoever wins a race of two instances: insert, or refresh the fields this activity knows.
      const [stored] = await db
        .insert(people)
        .values(row)
        .onConflictDoUpdate({
          target: [people.tenantId, people.aadObjectId],
          set: {
            teamsUserId: sql`coalesce(excluded.teams_user_id, ${people.teamsUserId})`,
            name: sql`coalesce(excluded.name, ${people.name})`,
            locale: sql`coalesce(excluded.locale, ${people.locale})`,
            updatedAt: at,
          },
        })
        .returning();
      return { person: strip(stored!), created: stored!.id === row.id };
    },
    async updateProfile(personId, profile) {
      const at = now();
      await db
        .update(people)
        .set({
          ...(profile.email !== undefined ? { email: profile.email?.toLowerCase() ?? null } : {}),
          ...(profile.upn !== undefined ? { upn: profile.upn } : {}),
          ...(profile.name ? { name: profile.name } : {}),
          profileFetchedAt: at,
          updatedAt: at,
        })
        .where(eq(people.id, personId));
    },
    async get(personId) {
      const [row] = await db.select().from(people).where(eq(people.id, personId));
      return row && strip(row);
    },
    async findByAad(tenantId, aadObjectId) {
      const row = await byAad(tenantId, aadObjectId);
      return row && strip(row);
    },
    async recent(limit) {
      return (await db.select().from(people).orderBy(desc(people.updatedAt)).limit(limit)).map(strip);
    },
    async findByEmail(email, tenantId) {
      const address = email.trim().toLowerCase();
      const matches = or(eq(people.email, address), eq(sql`lower(${people.upn})`, address));
      const rows = await db
        .select()
        .from(people)
        .where(tenantId ? and(matches, eq(people.tenantId, tenantId)) : matches);
      return rows.map(strip);
    },
  };
}

function strip(row: typeof people.$inferSelect): Person {
  const { createdAt: _c, updatedAt: _u, ...person } = row;
  return person;
}

export function pgConversations(db: PgDb, now: () => Date): ConversationRefRepository {
  return {
    async upsert(ref) {
      const values = { ...ref, personKey: ref.personId ?? '', updatedAt: now() };
      await db
        .insert(conversationRefs)
        .values(values)
        .onConflictDoUpdate({
          target: [conversationRefs.conversationId, conversationRefs.personKey],
          set: {
            serviceUrl: values.serviceUrl,
            reference: values.reference,
            tenantId: values.tenantId,
            conversationType: values.conversationType,
            updatedAt: values.updatedAt,
          },
        });
    },
    async findPersonal(personId) {
      const [row] = await db
        .select()
        .from(conversationRefs)
        .where(and(eq(conversationRefs.personId, personId), eq(conversationRefs.conversationType, 'personal')))
        .orderBy(desc(conversationRefs.updatedAt))
        .limit(1);
      return row && toRef(row);
    },
    async get(conversationId, personId) {
      const [row] = await db
        .select()
        .from(conversationRefs)
        .where(and(eq(conversationRefs.conversationId, conversationId), eq(conversationRefs.personKey, personId ?? '')));
      return row && toRef(row);
    },
    async serviceUrlForTenant(tenantId) {
      const [row] = await db
        .select({ serviceUrl: conversationRefs.serviceUrl })
        .from(conversationRefs)
        .where(eq(conversationRefs.tenantId, tenantId))
        .orderBy(desc(conversationRefs.updatedAt))
        .limit(1);
      return row?.serviceUrl;
    },
  };
}

function toRef(row: typeof conversationRefs.$inferSelect): StoredConversationRef {
  const { personKey: _k, ...rest } = row;
  return { ...rest, reference: rest.reference as Record<string, unknown> };
}
