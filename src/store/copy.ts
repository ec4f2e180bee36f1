import { existsSync } from 'node:fs';
import { count, getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { createPostgresStore } from './postgres';
import * as pgSchema from './postgres/schema';
import * as sqliteSchema from './schema';
import { openDatabase } from './sqlite/db';

/** Parents before children (foreign keys), so the copy needs no superuser to defer them. */
const ORDER = [
  'people',
  'companies',
  'company_roles',
  'pending_role_grants',
  'channel_subscriptions',
  'conversation_refs',
  'photos',
  'cart_items',
  'bot_state',
  'import_jobs',
  'import_checks',
  'upload_tokens',
  'company_settings',
  'delivery_options',
  'company_addresses',
  'checkouts',
  'order_counters',
  'orders',
  'order_items',
  'audit_events',
  'outbox',
  'card_posts',
  'cardholder_requests',
  'approval_reach',
];
/** Held by the instances that run, not data: nothing to move. */
const TRANSIENT = new Set(['leases', 'rate_slots', 'rate_blocks']);

const tablesOf = <T>(schema: Record<string, unknown>, kind: abstract new (...args: never[]) => T) =>
  new Map<string, T>(
    Object.values(schema)
      .filter((t): t is T => is(t, kind as never))
      .map((t) => [getTableName(t as never), t] as [string, T]),
  );

export async function copyDatabase(opts: {
  sqlitePath: string;
  postgresUrl: string;
  log(line: string): void;
}): Promise<Record<string, number>> {
  if (!existsSync(opts.sqlitePath)) throw new Error(`no SQLite database at ${opts.sqlitePath}`);
  const sqliteTables = tablesOf(sqliteSchema, SQLiteTable);
  const pgTables = tablesOf(pgSchema, PgTable);
  const unhandled = [...new Set([...sqliteTables.keys(), ...pgTables.keys()])].filter((n) => !ORDER.includes(n) && !TRANSIENT.has(n));
  if (unhandled.length) throw new Error(`tables not handled by db:copy: ${unhandled.join(', ')} (add them to ORDER in src/store/copy.ts)`);

  // Opening migrates both to the current schema, so their columns match.
  const { sqlite, db: source } = openDatabase(opts.sqlitePath);
  const target = await createPostgresStore(opts.postgresUrl);
  const { db } = target.connection;
  try {
    for (const name of ORDER) {
      const [row] = await db.select({ n: count() }).from(pgTables.get(name) as PgTable);
      if ((row?.n ?? 0) > 0)
        throw new Error(`the target database is not empty (${name} has ${row!.n} rows); db:copy only fills an empty database`);
    }
    const counts: Record<string, number> = {};
    await db.transaction(async (tx) => {
      for (const name of ORDER) {
        const rows = source
          .select()
          .from(sqliteTables.get(name) as SQLiteTable)
          .all() as Record<string, unknown>[];
        const table = pgTables.get(name) as PgTable;
        const columns = Math.max(1, Object.keys(rows[0] ?? {}).length);
        // PostgreSQL takes at most 65535 parameters per statement.
        const chunk = Math.max(1, Math.floor(60_000 / columns));
        for (let i = 0; i < rows.length; i += chunk) await tx.insert(table).values(rows.slice(i, i + chunk) as never);
        counts[name] = rows.length;
        opts.log(`${name}: ${rows.length}`);
      }
      // The audit log's identity continues after the copied sequence numbers.
      await tx.execute(
        sql`SELECT setval(pg_get_serial_sequence('audit_events', 'seq'), coalesce((SELECT max(seq) FROM audit_events), 0) + 1, false)`,
      );
      for (const name of ORDER) {
        const [row] = await tx.select({ n: count() }).from(pgTables.get(name) as PgTable);
        if (row?.n !== counts[name])
          throw new Error(`row count of ${name} differs after the copy (${row?.n} vs ${counts[name]}); nothing was copied`);
      }
    });
    return counts;
  } finally {
    sqlite.close();
    await target.close();
  }
}
