import type pg from 'pg';
import type { LeaseRepository } from '../ports';

/**
 * Leases on PostgreSQL: each call is one statement, so no connection or transaction is held while
 * a lease is. Times come from the app clock (instances keep NTP time; leases last seconds).
 */
export function pgLeases(pool: pg.Pool, now: () => Date): LeaseRepository {
  const until = (ttlMs: number) => new Date(now().getTime() + ttlMs);
  return {
    async acquire(key, holder, ttlMs) {
      const { rowCount } = await pool.query(
        `INSERT INTO leases (key, holder, until) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET holder = excluded.holder, until = excluded.until
         WHERE leases.until <= $4 OR leases.holder = excluded.holder`,
        [key, holder, until(ttlMs), now()],
      );
      return rowCount === 1;
    },
    async renew(key, holder, ttlMs) {
      return (await pool.query('UPDATE leases SET until = $3 WHERE key = $1 AND holder = $2', [key, holder, until(ttlMs)])).rowCount === 1;
    },
    async release(key, holder) {
      await pool.query('DELETE FROM leases WHERE key = $1 AND holder = $2', [key, holder]);
    },
    async sweep(olderThanMs) {
      return (await pool.query('DELETE FROM leases WHERE until < $1', [new Date(now().getTime() - olderThanMs)])).rowCount ?? 0;
    },
  };
}
