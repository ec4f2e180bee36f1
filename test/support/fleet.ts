import { randomBytes } from 'node:crypto';
import { parseKeyRing } from '../../src/crypto';
import { createPostgresStore, type PostgresStore } from '../../src/store/postgres';
import type { Harness } from './botHarness';
import { spawnBot, type BotProcess } from './botProcess';
import { FakeConnector } from './fakeConnector';
import { freshDatabaseUrl } from './pgDatabase';

export interface Fleet {
  databaseUrl: string;
  connector: FakeConnector;
  bots: BotProcess[];
  /** A store in the test process over the fleet's database, for seeding and assertions. */
  store: PostgresStore;
  /** What a TeamsUser needs to talk to bot `i` (every bot shares the one connector). */
  via(i: number): Pick<Harness, 'url' | 'connector'> & { app: { store: PostgresStore } };
  /** Log entries of bot `i` with this event. */
  events(i: number, event: string): Record<string, unknown>[];
  /** Resolves when bot `i` logs `event` (its earlier lines count too). */
  waitFor(i: number, event: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

const parse = (line: string): Record<string, unknown> | undefined => {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
};

/**
 * Several real bot processes (`src/index.ts`) on one fresh PostgreSQL database, behind one fake
 * Teams connector, started together (they migrate under the advisory lock at the same time).
 */
export async function startFleet(size: number, env: Record<string, string> = {}): Promise<Fleet> {
  const databaseUrl = await freshDatabaseUrl();
  const connector = await new FakeConnector().start();
  const started: BotProcess[] = [];
  // One set of data keys for the whole fleet and the test's own store, as in production: a row
  // sealed by one instance (or seeded by the test) must open on every other.
  const keyEnv = {
    DATA_KEYS: `fleet:${randomBytes(32).toString('base64')}`,
    DATA_KEY_ID: 'fleet',
    DATA_INDEX_KEY: randomBytes(32).toString('base64'),
  };
  const keys = parseKeyRing({ dataKeys: keyEnv.DATA_KEYS, dataKeyId: keyEnv.DATA_KEY_ID, indexKey: keyEnv.DATA_INDEX_KEY });
  const bots = await Promise.all(
    Array.from({ length: size }, () => spawnBot({ DATABASE_URL: databaseUrl, ...keyEnv, ...env }, (b) => started.push(b as BotProcess))),
  ).catch(async (err) => {
    for (const b of started) b.child.kill('SIGKILL');
    await connector.stop();
    throw err;
  });
  const store = await createPostgresStore(databaseUrl, { migrate: false, keys });
  const events = (i: number, event: string) => bots[i]!.lines.map(parse).filter((e): e is Record<string, unknown> => e?.event === event);
  return {
    databaseUrl,
    connector,
    bots,
    store,
    via: (i) => ({ url: bots[i]!.url, connector, app: { store } }),
    events,
    waitFor(i, event, timeoutMs = 20_000) {
      const found = events(i, event)[0];
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`bot ${i} did not log ${event}:\n${bots[i]!.lines.slice(-20).join('\n')}`)),
          timeoutMs,
        );
        bots[i]!.child.stdout!.on('data', () => {
          const hit = events(i, event)[0];
          if (hit) {
            clearTimeout(timer);
            resolve(hit);
          }
        });
      });
    },
    async stop() {
      for (const b of bots) if (b.child.exitCode === null) b.child.kill('SIGTERM');
      await Promise.all(bots.map((b) => b.exited));
      await store.close();
      await connector.stop();
    },
  };
}
