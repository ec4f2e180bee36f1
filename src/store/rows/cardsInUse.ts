import { sql, type SQL } from 'drizzle-orm';
import { IN_USE_STATES } from '../../domain/lifecycle/states';
import type { CardsInUseQuery } from '../ports';

/** Fixed state names (never user input) as an SQL list. */
const list = (states: readonly string[]) => sql.raw(states.map((s) => `'${s}'`).join(', '));

/** A replacement that was cancelled, rejected or never approved does not stop a new one. */
export const DEAD_REPLACEMENT = ['cancelled', 'rejected', 'declined', 'expired'];

/**
 * `cards in use` as SQL both dialects run (same names): the ids of the page with the total.
 * `like` is the dialect's case-insensitive LIKE (SQLite folds ASCII only, so the caller passes spellings).
 */
export function cardsInUseSql(query: CardsInUseQuery, like: 'LIKE' | 'ILIKE'): SQL {
  const where: SQL[] = [sql`o.company_id = ${query.companyId}`, sql`o.status = 'approved'`, sql`i.status IN (${list(IN_USE_STATES)})`];
  if (query.ordererId) where.push(sql`o.orderer_id = ${query.ordererId}`);
  if (query.text && query.text.length > 0) {
    const op = sql.raw(like);
    const patterns = [...new Set(query.text)].map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(
      sql`(${sql.join(
        patterns.map(
          (p) =>
            sql`(i.first_name ${op} ${p} ESCAPE '\\' OR i.last_name ${op} ${p} ESCAPE '\\' OR (i.first_name || ' ' || i.last_name) ${op} ${p} ESCAPE '\\')`,
        ),
        sql` OR `,
      )})`,
    );
  }
  return sql`SELECT i.id AS id, COUNT(*) OVER () AS total FROM order_items i JOIN orders o ON o.id = i.order_id
    WHERE ${sql.join(where, sql` AND `)} ORDER BY i.last_name, i.first_name, o.created_at DESC, i.id LIMIT ${query.limit}`;
}
