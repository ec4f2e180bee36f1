import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import * as schema from './schema';

export type PgDb = NodePgDatabase<typeof schema>;
/** An open transaction: inside `transaction(db, tx => ...)` every statement must go through `tx`. */
export type PgTx = Parameters<Parameters<PgDb['transaction']>[0]>[0];
/** The database or an open transaction: what the helpers shared by several repositories write through. */
export type PgExec = PgDb | PgTx;

/**
 * The PostgreSQL transaction seam: BEGIN and COMMIT on one pooled client, the callback awaited in
 * between. Unlike SQLite's, it is async, and statements in it must use `tx` (the pool's other
 * clients are outside the transaction).
 */
export function transaction<T>(db: PgDb, work: (tx: PgTx) => Promise<T>): Promise<T> {
  return db.transaction(work);
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** Any constant: instances starting together queue on it, so migrations run once. */
const MIGRATION_LOCK = 0x1d06_0001;

export interface PgConnection {
  pool: pg.Pool;
  db: PgDb;
  /** Statements sent so far (each one is one round trip). */
  roundTrips(): number;
}

/** A pool with an error listener (an idle client dropped during an outage must not crash the process) and a round-trip counter. */
export function connect(url: string, opts: { max?: number; onError?: (err: Error) => void } = {}): PgConnection {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  pool.on('error', (err) => opts.onError?.(err));
  let trips = 0;
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      trips++;
      return query(...args);
    };
  });
  return { pool, db: drizzle(pool, { schema }), roundTrips: () => trips };
}

/** Applies the committed migrations under a session advisory lock, so instances starting together migrate once. */
export async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
