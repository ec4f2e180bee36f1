import { and, asc, count, eq } from 'drizzle-orm';
import type { CompanyRole } from '../../domain/roles';
import type { MembershipRepository } from '../ports';
import { channelSubscriptions, companyRoles, pendingRoleGrants, people } from '../schema';
import { transaction, type Db } from './db';
import { applyEffects } from './effects';
import type { FieldCipher } from '../../crypto/fieldCipher';

/** Membership writes: each change and its effects (audit, outbox) commit in one transaction. */
export function sqliteMembership(db: Db, now: () => Date, cipher: FieldCipher): MembershipRepository {
  const roleRow = (companyId: string, personId: string, role: CompanyRole) =>
    and(eq(companyRoles.companyId, companyId), eq(companyRoles.personId, personId), eq(companyRoles.role, role));
  const pendingRow = (companyId: string, email: string, role: CompanyRole) =>
    and(eq(pendingRoleGrants.companyId, companyId), eq(pendingRoleGrants.email, email.toLowerCase()), eq(pendingRoleGrants.role, role));

  return {
    async grant(companyId, personId, role, effects) {
      return transaction(db, (tx) => {
        const at = now();
        const inserted = tx.insert(companyRoles).values({ companyId, personId, role, createdAt: at }).onConflictDoNothing().run().changes;
        if (!inserted) return 'already';
        applyEffects(tx, effects, at, cipher);
        return 'granted';
      });
    },
    async revoke(companyId, personId, role, effects) {
      // better-sqlite3 runs this synchronously under the write lock: count and delete cannot interleave.
      return transaction(db, (tx) => {
        if (
          !tx
            .select()
            .from(companyRoles)
            .where(roleRow(companyId, personId, role))
            .get()
        )
          return 'absent';
        if (role === 'admin') {
          const admins =
            tx
              .select({ n: count() })
              .from(companyRoles)
              .where(and(eq(companyRoles.companyId, companyId), eq(companyRoles.role, 'admin')))
              .get()?.n ?? 0;
          if (admins <= 1) return 'last_admin';
        }
        tx.delete(companyRoles)
          .where(roleRow(companyId, personId, role))
          .run();
        applyEffects(tx, effects, now(), cipher);
        return 'revoked';
      });
    },
    async members(companyId) {
      return db
        .select({ personId: companyRoles.personId, role: companyRoles.role, name: people.name, email: people.email })
        .from(companyRoles)
        .innerJoin(people, eq(people.id, companyRoles.personId))
        .where(eq(companyRoles.companyId, companyId))
        .orderBy(asc(companyRoles.role), asc(people.name), asc(people.id))
        .all();
    },
    async grantPending(grant, effects) {
      return transaction(db, (tx) => {
        const at = now();
        const row = { ...grant, email: grant.email.toLowerCase(), createdAt: at };
        if (!tx.insert(pendingRoleGrants).values(row).onConflictDoNothing().run().changes) return 'already';
        applyEffects(tx, effects, at, cipher);
        return 'granted';
      });
    },
    async revokePending(companyId, email, role, effects) {
      return transaction(db, (tx) => {
        if (
          !tx
            .delete(pendingRoleGrants)
            .where(pendingRow(companyId, email, role))
            .run().changes
        )
          return false;
        applyEffects(tx, effects, now(), cipher);
        return true;
      });
    },
    async pendingFor(email) {
      return db
        .select()
        .from(pendingRoleGrants)
        .where(eq(pendingRoleGrants.email, email.toLowerCase()))
        .orderBy(asc(pendingRoleGrants.createdAt))
        .all();
    },
    async pendingOf(companyId) {
      return db
        .select()
        .from(pendingRoleGrants)
        .where(eq(pendingRoleGrants.companyId, companyId))
        .orderBy(asc(pendingRoleGrants.email), asc(pendingRoleGrants.role))
        .all();
    },
    async consumePending(grant, personId, effects) {
      return transaction(db, (tx) => {
        // Consumed atomically: whoever deletes the pending row applies it; a second call finds nothing.
        if (
          !tx
            .delete(pendingRoleGrants)
            .where(pendingRow(grant.companyId, grant.email, grant.role))
            .run().changes
        )
          return false;
        const at = now();
        tx.insert(companyRoles)
          .values({ companyId: grant.companyId, personId, role: grant.role, createdAt: at })
          .onConflictDoNothing()
          .run();
        applyEffects(tx, effects, at, cipher);
        return true;
      });
    },
    async subscribe(sub, effects) {
      return transaction(db, (tx) => {
        const at = now();
        if (
          !tx
            .insert(channelSubscriptions)
            .values({ ...sub, createdAt: at })
            .onConflictDoNothing()
            .run().changes
        )
          return 'already';
        applyEffects(tx, effects, at, cipher);
        return 'subscribed';
      });
    },
    async unsubscribe(companyId, conversationId, effects) {
      return transaction(db, (tx) => {
        const where = and(eq(channelSubscriptions.companyId, companyId), eq(channelSubscriptions.conversationId, conversationId));
        if (!tx.delete(channelSubscriptions).where(where).run().changes) return false;
        applyEffects(tx, effects, now(), cipher);
        return true;
      });
    },
    async channelsOf(companyId) {
      return db
        .select()
        .from(channelSubscriptions)
        .where(eq(channelSubscriptions.companyId, companyId))
        .orderBy(asc(channelSubscriptions.createdAt))
        .all();
    },
  };
}
