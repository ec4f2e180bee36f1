import { sql, type SQL } from 'drizzle-orm';
import { HANDED_OVER_STATES, PRODUCTION_STATES } from '../../domain/lifecycle/states';
import type { OrderBrowseQuery } from '../ports';

/**
 * The Orders tab's search as SQL both dialects run (same table and column names): the ids of one
 * page, and the count. `like` is the dialect's case-insensitive LIKE (SQLite's LIKE folds ASCII;
 * PostgreSQL's is ILIKE), which is why the caller passes the spellings of non-ASCII text it wants found.
 */
export function orderBrowseSql(query: OrderBrowseQuery, like: 'LIKE' | 'ILIKE'): { page: SQL; count: SQL } {
  const where: SQL[] = [];
  const { scope, states, text } = query;
  if (!('allCompanies' in scope)) {
    where.push(sql`o.company_id = ${scope.companyId}`);
    if (scope.ordererId) where.push(sql`o.orderer_id = ${scope.ordererId}`);
  }
  if (states) {
    const parts: SQL[] = [];
    if (states.orderStates.length > 0)
      parts.push(
        sql`o.status IN (${sql.join(
          states.orderStates.map((s) => sql`${s}`),
          sql`, `,
        )})`,
      );
    if (states.approvedProgress.length > 0) {
      parts.push(
        sql`(o.status = 'approved' AND ${approvedProgress} IN (${sql.join(
          states.approvedProgress.map((s) => sql`${s}`),
          sql`, `,
        )}))`,
      );
    }
    where.push(parts.length > 0 ? sql`(${sql.join(parts, sql` OR `)})` : sql`1 = 0`);
  }
  if (text && text.length > 0) {
    const op = sql.raw(like);
    const patterns = [...new Set(text)].map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const matches = patterns.map(
      (
        p,
      ) => sql`(o.number ${op} ${p} ESCAPE '\\' OR EXISTS (SELECT 1 FROM order_items s WHERE s.order_id = o.id AND (s.first_name ${op} ${p} ESCAPE '\\'
        OR s.last_name ${op} ${p} ESCAPE '\\' OR s.email ${op} ${p} ESCAPE '\\' OR (s.first_name || ' ' || s.last_name) ${op} ${p} ESCAPE '\\')))`,
    );
    where.push(sql`(${sql.join(matches, sql` OR `)})`);
  }
  const filter = where.length > 0 ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
  const direction = sql.raw(query.sort === 'newest' ? 'DESC' : 'ASC');
  return {
    // The total rides along the page (one pass over the matches); `count` is for a page past the end.
    page: sql`SELECT o.id AS id, COUNT(*) OVER () AS total FROM orders o ${filter} ORDER BY o.created_at ${direction}, o.number ${direction} LIMIT ${query.limit} OFFSET ${query.offset}`,
    count: sql`SELECT COUNT(*) AS n FROM orders o ${filter}`,
  };
}

/** Fixed state names (never user input) as an SQL list. */
const quoted = (states: readonly string[]) => states.map((s) => `'${s}'`).join(', ');
const live = sql.raw(`i.status NOT IN ('rejected', 'cancelled')`);
const countWhere = (condition: SQL) => sql`COALESCE(SUM(CASE WHEN ${live} AND ${condition} THEN 1 ELSE 0 END), 0)`;
const liveCount = sql`COALESCE(SUM(CASE WHEN ${live} THEN 1 ELSE 0 END), 0)`;

/** `orderProgress` (src/domain/lifecycle/progress.ts) of an approved order, from its items; a test holds the two equal. */
export const approvedProgress = sql`(SELECT CASE
    WHEN ${liveCount} = 0 THEN 'closed'
    WHEN ${countWhere(sql.raw(`i.status IN (${quoted(HANDED_OVER_STATES)})`))} = ${liveCount} THEN 'delivered'
    WHEN ${countWhere(sql.raw(`i.status IN (${quoted(['shipped', ...HANDED_OVER_STATES])})`))} = ${liveCount} THEN 'shipped'
    WHEN ${countWhere(sql.raw(`i.status IN (${quoted(PRODUCTION_STATES)})`))} > 0 THEN 'in_production'
    WHEN ${countWhere(sql.raw(`i.status = 'approved'`))} = ${liveCount} THEN 'ready_for_production'
    ELSE 'awaiting_cardholders' END
  FROM order_items i WHERE i.order_id = o.id)`;
