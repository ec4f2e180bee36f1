import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** A new database copied from the run's migrated template (about 50 ms): for a test that needs its own. */
export async function freshDatabaseUrl(): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('pgTemplate')}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let fileDatabase: Promise<string> | undefined;
/** This test file's own database (modules are isolated per file, so each file gets one). */
export function fileDatabaseUrl(): Promise<string> {
  return (fileDatabase ??= freshDatabaseUrl());
}

/** Empties every table of the app (not drizzle's migration journal), so a test starts from a fresh database. */
export async function truncateAll(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public'",
    );
    // DELETE, not TRUNCATE: the tables are small, and TRUNCATE makes new files for every table (~0.3 s).
    // Replica mode skips the foreign-key triggers, so the order of the deletes does not matter.
    const deletes = rows.map((r) => `DELETE FROM ${r.name};`).join(' ');
    await client.query(`BEGIN; SET LOCAL session_replication_role = replica; ${deletes} COMMIT;`);
  } finally {
    await client.end();
  }
}
