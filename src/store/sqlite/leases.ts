import { and, eq, lt, sql } from 'drizzle-orm';
import type { LeaseRepository } from '../ports';
import { leases } from '../schema';
import type { Db } from './db';

/** Leases on SQLite: one process owns the file, but the same statements keep the contract of PostgreSQL's. */
export function sqliteLeases(db: Db, now: () => Date): LeaseRepository {
  return {
    async acquire(key, holder, ttlMs) {
      const at = now();
      const until = new Date(at.getTime() + ttlMs);
      const taken = db
        .insert(leases)
        .values({ key, holder, until })
        .onConflictDoUpdate({
          target: leases.key,
          set: { holder, until },
          setWhere: sql`${leases.until} <= ${at.getTime()} OR ${leases.holder} = ${holder}`,
        })
        .returning({ holder: leases.holder })
        .get();
      return taken?.holder === holder;
    },
    async renew(key, holder, ttlMs) {
      const until = new Date(now().getTime() + ttlMs);
      return (
        db
          .update(leases)
          .set({ until })
          .where(and(eq(leases.key, key), eq(leases.holder, holder)))
          .run().changes === 1
      );
    },
    async release(key, holder) {
      db.delete(leases)
        .where(and(eq(leases.key, key), eq(leases.holder, holder)))
        .run();
    },
    async sweep(olderThanMs) {
      return db
        .delete(leases)
        .where(lt(leases.until, new Date(now().getTime() - olderThanMs)))
        .run().changes;
    },
  };
}
