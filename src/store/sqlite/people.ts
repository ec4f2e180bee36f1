import { and, desc, eq, or, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { ConversationRefRepository, PeopleRepository, Person, StoredConversationRef } from '../ports';
import { conversationRefs, people } from '../schema';
import { transaction, type Db } from './db';

export function sqlitePeople(db: Db, now: () => Date): PeopleRepository {
  const byAad = (tenantId: string, aadObjectId: string) =>
    db
      .select()
      .from(people)
      .where(and(eq(people.tenantId, tenantId), eq(people.aadObjectId, aadObjectId)))
      .get();

  return {
    async upsertSeen(user) {
      return transaction(db, () => {
        const existing = byAad(user.tenantId, user.aadObjectId);
        const at = now();
        if (existing) {
          const changes = {
            teamsUserId: user.teamsUserId ?? existing.teamsUserId,
            name: user.name ?? existing.name,
            locale: user.locale ?? existing.locale,
          };
          if (changes.teamsUserId !== existing.teamsUserId || changes.name !== existing.name || changes.locale !== existing.locale) {
            db.update(people)
              .set({ ...changes, updatedAt: at })
              .where(eq(people.id, existing.id))
              .run();
          }
          return { person: { ...strip(existing), ...changes }, created: false };
        }
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
        db.insert(people).values(row).run();
        const { createdAt: _c, updatedAt: _u, ...person } = row;
        return { person, created: true };
      });
    },
    async updateProfile(personId, profile) {
      const at = now();
      db.update(people)
        .set({
          ...(profile.email !== undefined ? { email: profile.email?.toLowerCase() ?? null } : {}),
          ...(profile.upn !== undefined ? { upn: profile.upn } : {}),
          ...(profile.name ? { name: profile.name } : {}),
          profileFetchedAt: at,
          updatedAt: at,
        })
        .where(eq(people.id, personId))
        .run();
    },
    async get(personId) {
      const row = db.select().from(people).where(eq(people.id, personId)).get();
      return row && strip(row);
    },
    async findByAad(tenantId, aadObjectId) {
      const row = byAad(tenantId, aadObjectId);
      return row && strip(row);
    },
    async recent(limit) {
      return db.select().from(people).orderBy(desc(people.updatedAt)).limit(limit).all().map(strip);
    },
    async findByEmail(email, tenantId) {
      const address = email.trim().toLowerCase();
      const matches = or(eq(people.email, address), eq(sql`lower(${people.upn})`, address));
      const rows = db
        .select()
        .from(people)
        .where(tenantId ? and(matches, eq(people.tenantId, tenantId)) : matches)
        .all();
      return rows.map(strip);
    },
  };
}

function strip(row: typeof people.$inferSelect): Person {
  const { createdAt: _c, updatedAt: _u, ...person } = row;
  return person;
}

export function sqliteConversations(db: Db, now: () => Date): ConversationRefRepository {
  return {
    async upsert(ref) {
      const values = { ...ref, personKey: ref.personId ?? '', updatedAt: now() };
      db.insert(conversationRefs)
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
        })
        .run();
    },
    async findPersonal(personId) {
      const row = db
        .select()
        .from(conversationRefs)
        .where(and(eq(conversationRefs.personId, personId), eq(conversationRefs.conversationType, 'personal')))
        .get();
      return row && toRef(row);
    },
    async get(conversationId, personId) {
      const row = db
        .select()
        .from(conversationRefs)
        .where(and(eq(conversationRefs.conversationId, conversationId), eq(conversationRefs.personKey, personId ?? '')))
        .get();
      return row && toRef(row);
    },
    async serviceUrlForTenant(tenantId) {
      const row = db
        .select({ serviceUrl: conversationRefs.serviceUrl })
        .from(conversationRefs)
        .where(eq(conversationRefs.tenantId, tenantId))
        .orderBy(desc(conversationRefs.updatedAt))
        .limit(1)
        .get();
      return row?.serviceUrl;
    },
  };
}

function toRef(row: typeof conversationRefs.$inferSelect): StoredConversationRef {
  const { personKey: _k, ...rest } = row;
  return { ...rest, reference: rest.reference as Record<string, unknown> };
}
