import { afterAll, afterEach, describe } from 'vitest';
import type { Store } from '../../src/store/ports';
import { createPostgresStore } from '../../src/store/postgres';
import { createSqliteStore } from '../../src/store/sqlite';
import { fileDatabaseUrl, truncateAll } from './pgDatabase';
import { tempDir } from './tmp';

export type BackendName = 'sqlite' | 'postgres';

/** How a test gets a store of one backend. */
export interface StoreBackend {
  name: BackendName;
  /** A store over a new, empty database. */
  open(now?: () => Date): Promise<Store>;
  /** Another store over the database of the last `open` (a restart, or a second instance). */
  reopen(now?: () => Date): Promise<Store>;
}

/** Both, unless STORE_BACKENDS narrows it (e.g. `STORE_BACKENDS=sqlite` for a quick local run). */
export const BACKENDS: BackendName[] = (process.env.STORE_BACKENDS?.split(',').map((s) => s.trim()) as BackendName[] | undefined) ?? [
  'sqlite',
  'postgres',
];

function backend(name: BackendName): StoreBackend & { closeAll(): Promise<void>; cleanup(): void } {
  const opened: Store[] = [];
  const dirs: ReturnType<typeof tempDir>[] = [];
  const keep = (store: Store) => (opened.push(store), store);
  if (name === 'sqlite') {
    const path = () => dirs.at(-1)!.file('store.sqlite');
    return {
      name,
      async open(now) {
        dirs.push(tempDir('id06-store-'));
        return keep(createSqliteStore(path(), now));
      },
      async reopen(now) {
        return keep(createSqliteStore(path(), now));
      },
      closeAll: async () => void (await Promise.all(opened.splice(0).map((s) => s.close()))),
      cleanup: () => dirs.splice(0).forEach((d) => d.cleanup()),
    };
  }
  return {
    name,
    async open(now) {
      const url = await fileDatabaseUrl();
      await truncateAll(url);
      return keep(await createPostgresStore(url, { now, migrate: false }));
    },
    async reopen(now) {
      return keep(await createPostgresStore(await fileDatabaseUrl(), { now, migrate: false }));
    },
    closeAll: async () => void (await Promise.all(opened.splice(0).map((s) => s.close()))),
    cleanup: () => undefined,
  };
}

/**
 * The contract suite: `suite` runs once per backend, so every repository test holds for SQLite and
 * PostgreSQL alike. Stores a test opened are closed after it.
 */
export function describeStore(title: string, suite: (backend: StoreBackend) => void): void {
  describe.each(BACKENDS)(`${title} [%s]`, (name) => {
    const b = backend(name);
    afterEach(() => b.closeAll());
    afterAll(() => b.cleanup());
    suite(b);
  });
}
