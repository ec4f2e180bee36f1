import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * Bulk rows for the scale bench: each table gets `count` copies of one template row written by the
 * real store, with the columns that must differ (ids, numbers, owners) given as SQL expressions of
 * the row counter `n`. Copies keep the template's other values, sealed ones included: they are
 * never opened (only rows of the bench's own orderer are read), they only make the tables big.
 */
export interface BulkDialect {
  /** `'prefix' || n` padded to six digits, as text. */
  padded(prefix: string): string;
  /** `'prefix' || expr`, as text. */
  text(prefix: string, expr?: string): string;
  columns(table: string): Promise<string[]>;
  exec(sql: string): Promise<void>;
  /** `count` rows of `SELECT … FROM table WHERE templateWhere`, with `n` from 1 to count. */
  series(count: number, select: string): string;
  /**
   * Brings the database to a steady state after the copy, as a running one would be: PostgreSQL
   * vacuumed and analysed (else autovacuum works through 300,000 new rows during the measurement),
   * SQLite's WAL checkpointed. SQLite gets no ANALYZE: a production file has no statistics either.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export function sqliteBulk(path: string): BulkDialect {
  const db = new Database(path);
  return {
    padded: (prefix) => `'${prefix}' || printf('%06d', n)`,
    text: (prefix, expr = 'n') => `'${prefix}' || (${expr})`,
    columns: async (table) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name),
    exec: async (sql) => void db.exec(sql),
    series: (count, select) =>
      `WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < ${count}) ${select.replace('FROM ', 'FROM s, ')}`,
    settle: async () => void db.pragma('wal_checkpoint(TRUNCATE)'),
    close: async () => void db.close(),
  };
}

export async function postgresBulk(url: string): Promise<BulkDialect> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    padded: (prefix) => `'${prefix}' || lpad(n::text, 6, '0')`,
    text: (prefix, expr = 'n') => `'${prefix}' || (${expr})::text`,
    columns: async (table) =>
      (
        await client.query<{ column_name: string }>(
          'SELECT column_name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position',
          [table],
        )
      ).rows.map((r) => r.column_name),
    exec: async (sql) => void (await client.query(sql)),
    series: (count, select) => select.replace('FROM ', `FROM generate_series(1, ${count}) AS s(n), `),
    settle: async () => {
      await client.query('VACUUM ANALYZE');
      await client.query('CHECKPOINT');
    },
    close: () => client.end(),
  };
}

/** Inserts `count` copies of the row of `table` matching `templateWhere`, overriding some columns. */
export async function copyRows(
  d: BulkDialect,
  table: string,
  templateWhere: string,
  count: number,
  overrides: Record<string, string>,
): Promise<void> {
  const columns = await d.columns(table);
  for (const name of Object.keys(overrides)) if (!columns.includes(name)) throw new Error(`${table} has no column ${name}`);
  const values = columns.map((c) => overrides[c] ?? `t."${c}"`);
  const quoted = columns.map((c) => `"${c}"`).join(', ');
  await d.exec(
    `INSERT INTO "${table}" (${quoted}) ${d.series(count, `SELECT ${values.join(', ')} FROM "${table}" t WHERE ${templateWhere}`)}`,
  );
}
