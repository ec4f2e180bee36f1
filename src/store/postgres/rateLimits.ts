import type pg from 'pg';
import type { RateLimitRepository } from '../ports';

/** The fleet's rate limits: one `rate_take` call (see migration 0002) per dispatch, one update when it completes. */
export function pgRateLimits(pool: pg.Pool): RateLimitRepository {
  return {
    async take(permit, rules, now, leaseMs) {
      const { rows } = await pool.query<{ wait_ms: string; blocked_key: string | null }>(
        'SELECT * FROM rate_take($1, $2, $3, $4, $5, $6)',
        [permit, rules.map((r) => r.key), rules.map((r) => r.limit), rules.map((r) => r.windowMs), now, leaseMs],
      );
      const wait = Number(rows[0]!.wait_ms);
      return { waitMs: wait < 0 ? Infinity : wait, blockedKey: rows[0]!.blocked_key };
    },
    async complete(permit, at) {
      await pool.query('UPDATE rate_slots SET completed_at = $2 WHERE permit = $1', [permit, at]);
    },
    async abandon(permit) {
      await pool.query('DELETE FROM rate_slots WHERE permit = $1', [permit]);
    },
    async block(key, until) {
      await pool.query(
        'INSERT INTO rate_blocks (key, until) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET until = greatest(rate_blocks.until, excluded.until)',
        [key, until],
      );
    },
  };
}
