import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { CompanyRole, MembershipRepository, TxEffects } from '../ports';
import { channelSubscriptions, companyRoles, pendingRoleGrants, people } from './schema';
import { transaction, type PgDb, type PgTx } from './db';
import { applyEffects } from './effects';
import type { FieldCipher } from '../../crypto/fieldCipher';

const changed = (result: { rowCount: number | null }) => (result.rowCount ?? 0) > 0;

/** Membership writes: each change and its effects (audit, outbox) commit in one transaction. */
export function pgMembership(db: PgDb, now: () => Date, cipher: FieldCipher): MembershipRepository {
  const roleRow = (companyId: string, personId: string, role: CompanyRole) =>
    and(eq(companyRoles.companyId, companyId), eq(companyRoles.personId, personId), eq(companyRoles.role, role));
  const pendingRow = (companyId: string, email: string, role: CompanyRole) =>
    and(eq(pendingRoleGrants.companyId, companyId), eq(pendingRoleGrants.email, email.toLowerCase()), eq(pendingRoleGrants.role, role));
  /** Runs `change`; its effects are written only when it reports a change. */
  const withEffects = <T>(effects: TxEffects | undefined, change: (tx: PgTx, at: Date) => Promise<{ result: T; changed: boolean }>) =>
    transaction(db, async (tx) => {
      const at = now();
      const outcome = await change(tx, at);
      if (outcome.changed) await applyEffects(tx, effects, at, cipher);
      return outcome.result;
    });

  return {
    grant(companyId, personId, role, effects) {
      return withEffects(effects, async (tx, at) => {
        const inserted = changed(await tx.insert(companyRoles).values({ companyId, personId, role, createdAt: at }).onConflictDoNothing());
        return { result: inserted ? ('granted' as const) : ('already' as const), changed: inserted };
      });
    },
    revoke(companyId, personId, role, effects) {
      return withEffects(effects, async (tx) => {
        // The company row lock serialises revocations: two admins removing each other cannot both succeed.
        await tx.execute(sql`SELECT 1 FROM companies WHERE id = ${companyId} FOR UPDATE`);
        if (
          !(
            await tx
              .select()
              .from(companyRoles)
              .where(roleRow(companyId, personId, role))
          ).length
        )
          return { result: 'absent' as const, changed: false };
        if (role === 'admin') {
          const [admins] = await tx
            .select({ n: count() })
            .from(companyRoles)
            .where(and(eq(companyRoles.companyId, companyId), eq(companyRoles.role, 'admin')));
          if ((admins?.n ?? 0) <= 1) return { result: 'last_admin' as const, changed: false };
        }
        await tx.delete(companyRoles).where(roleRow(companyId, personId, role));
        return { result: 'revoked' as const, changed: true };
      });
    },
    async members(companyId) {
      return db
        .select({ personId: companyRoles.personId, role: companyRoles.role, name: people.name, email: people.email })
        .from(companyRoles)
        .innerJoin(people, eq(people.id, companyRoles.personId))
        .where(eq(companyRoles.companyId, companyId))
        .orderBy(asc(companyRoles.role), asc(people.name), asc(people.id));
    },
    grantPending(grant, effects) {
      return withEffects(effects, async (tx, at) => {
        const inserted = changed(
          await tx
            .insert(pendingRoleGrants)
            .values({ ...grant, email: grant.email.toLowerCase(), createdAt: at })
            .onConflictDoNothing(),
        );
        return { result: inserted ? ('granted' as const) : ('already' as const), changed: inserted };
      });
    },
    revokePending(companyId, email, role, effects) {
      return withEffects(effects, async (tx) => {
        const deleted = changed(await tx.delete(pendingRoleGrants).where(pendingRow(companyId, email, role)));
        return { result: deleted, changed: deleted };
      });
    },
    async pendingFor(email) {
      return db
        .select()
        .from(pendingRoleGrants)
        .where(eq(pendingRoleGrants.email, email.toLowerCase()))
        .orderBy(asc(pendingRoleGrants.createdAt));
    },
    async pendingOf(companyId) {
      return db
        .select()
        .from(pendingRoleGrants)
        .where(eq(pendingRoleGrants.companyId, companyId))
        .orderBy(asc(pendingRoleGrants.email), asc(pendingRoleGrants.role));
    },
    consumePending(grant, personId, effects) {
      return withEffects(effects, async (tx, at) => {
        // Consumed atomically: whoever deletes the pending row applies it; a second call finds nothing.
        if (!changed(await tx.delete(pendingRoleGrants).where(pendingRow(grant.companyId, grant.email, grant.role))))
          return { result: false, changed: false };
        await tx
          .insert(companyRoles)
          .values({ companyId: grant.companyId, personId, role: grant.role, createdAt: at })
          .onConflictDoNothing();
        return { result: true, changed: true };
      });
    },
    subscribe(sub, effects) {
      return withEffects(effects, async (tx, at) => {
        const inserted = changed(
          await tx
            .insert(channelSubscriptions)
            .values({ ...sub, createdAt: at })
            .onConflictDoNothing(),
        );
        return { result: inserted ? ('subscribed' as const) : ('already' as const), changed: inserted };
      });
    },
    unsubscribe(companyId, conversationId, effects) {
      return withEffects(effects, async (tx) => {
        const where = and(eq(channelSubscriptions.companyId, companyId), eq(channelSubscriptions.conversationId, conversationId));
        const deleted = changed(await tx.delete(channelSubscriptions).where(where));
        return { result: deleted, changed: deleted };
      });
    },
    async channelsOf(companyId) {
      return db
        .select()
        .from(channelSubscriptions)
        .where(eq(channelSubscriptions.companyId, companyId))
        .orderBy(asc(channelSubscriptions.createdAt));
    },
  };
}
