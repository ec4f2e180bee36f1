import Database from 'better-sqlite3';
import type { RunResult } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from '../schema';

export type Db = BetterSQLite3Database<typeof schema>;

/** The database or an open transaction: what the synchronous helpers write through. */
export type SyncDb = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

/** Anything but a promise: see `transaction`. */
export type NotPromise<T> = T extends PromiseLike<unknown> ? never : T;

/**
 * The SQLite transaction seam. better-sqlite3 commits when the callback returns, so an async
 * callback would commit before its awaits ran and leave them outside the transaction; the type
 * refuses a callback that returns a promise. `immediate` takes the write lock at BEGIN, so a
 * second process waits instead of failing to upgrade a read lock.
 */
export function transaction<T>(
  db: Db,
  work: (tx: SyncDb) => NotPromise<T>,
  behavior: 'deferred' | 'immediate' = 'immediate',
): NotPromise<T> {
  return db.transaction((tx) => work(tx as unknown as SyncDb), { behavior });
}

const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/** Distinct SQL texts kept prepared; queries with a variable `IN (...)` list make more of them than the code has queries. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Counts statement executions (run/get/all/iterate of every prepared statement): the SQLite
 * counterpart of the PostgreSQL pool's round-trip counter, so per-turn budgets hold on both.
 *
 * Also keeps statements prepared by SQL text: drizzle prepares every query it runs anew, and
 * compiling the SQL again was a tenth of a dialog turn's database time. A statement taken from the
 * cache is set back to object rows (drizzle switches some to `raw()` arrays); one still busy
 * (an open iterator) is not shared, a fresh one is prepared instead.
 */
function countStatements(sqlite: Database.Database): () => number {
  let executed = 0;
  const prepare = sqlite.prepare.bind(sqlite);
  const prepared = new Map<string, Database.Statement>();
  const counted = (source: string) => {
    const statement = prepare(source) as unknown as Record<'run' | 'get' | 'all' | 'iterate', (...args: unknown[]) => unknown>;
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = statement[method].bind(statement);
      statement[method] = (...args: unknown[]) => {
        executed++;
        return original(...args);
      };
    }
    return statement as unknown as Database.Statement;
  };
  sqlite.prepare = ((source: string) => {
    const cached = prepared.get(source);
    if (cached && !cached.busy) {
      if (cached.reader) cached.raw(false);
      return cached;
    }
    const statement = counted(source);
    if (!cached) {
      prepared.set(source, statement);
      if (prepared.size > STATEMENT_CACHE_SIZE) prepared.delete(prepared.keys().next().value!);
    }
    return statement;
  }) as typeof sqlite.prepare;
  return () => executed;
}

/** Opens (creating if needed) the SQLite file with WAL and foreign keys on, and migrates it. */
export function openDatabase(path: string): { sqlite: Database.Database; db: Db; statements: () => number } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  const statements = countStatements(sqlite);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted and overwritten content is zeroed, so erased personal data leaves no copy in free pages.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { sqlite, db, statements };
}
