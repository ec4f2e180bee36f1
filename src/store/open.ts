import type { KeyRing } from '../crypto/keyRing';
import type { Logger } from '../logger';
import type { Store } from './ports';
import { createPostgresStore } from './postgres';
import { createSqliteStore } from './sqlite';

export interface StoreConfig {
  databaseUrl: string | null;
  databasePath: string;
  databasePoolMax: number;
}

/** The configured backend, migrated: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export async function openStore(
  config: StoreConfig & { keys?: KeyRing | null },
  opts: { now?: () => Date; log: Pick<Logger, 'warn'>; keys?: KeyRing },
): Promise<Store> {
  const keys = opts.keys ?? config.keys ?? undefined;
  if (!config.databaseUrl) return createSqliteStore(config.databasePath, opts.now, keys);
  return createPostgresStore(config.databaseUrl, {
    now: opts.now,
    maxConnections: config.databasePoolMax,
    keys,
    onPoolError: (err) =>
      opts.log.warn(
        { event: 'db.connection_lost', reason: err.message },
        'a pooled database connection failed; the pool reconnects on demand',
      ),
  });
}

/** Where the data lives, for the start-up log line (never the password). */
export function describeDatabase(config: StoreConfig): string {
  if (!config.databaseUrl) return config.databasePath;
  const url = new URL(config.databaseUrl);
  return `postgres://${url.hostname}:${url.port || 5432}${url.pathname}`;
}
