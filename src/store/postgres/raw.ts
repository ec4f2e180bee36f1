import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * Maps a row returned by raw SQL (snake_case column names, driver values) to the table's typed
 * shape, as drizzle's own queries would. For the few statements drizzle's builder cannot express
 * in one round trip (CTEs with `FOR UPDATE SKIP LOCKED` feeding an UPDATE).
 */
export function fromRaw<T extends Table>(table: T, row: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = row[column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T['$inferSelect'];
}
