/**
 * Issue 13: the bot on PostgreSQL, measured against baselines taken in the same run.
 * - The new-card dialog (20 conversations): echo floor, SQLite, PostgreSQL with one instance, and
 *   two instances on one database with each turn sent to either (target: PostgreSQL >= 60 % of SQLite).
 * - Outbox throughput: one worker on SQLite, one and two workers on one PostgreSQL database
 *   (instant fake sender, limits lifted: what the claims and outcome writes cost).
 * A throwaway cluster (as in the tests) is started and stopped here.
 */
import { randomUUID } from 'node:crypto';
import { createLogger } from '../src/logger';
import { OutboxWorker, storeRecipients, FleetRateLimits, type RateWindow } from '../src/notify';
import type { OutboxDraft, Store } from '../src/store/ports';
import { createPostgresStore } from '../src/store/postgres';
import { createSqliteStore } from '../src/store/sqlite';
import { FakeConnector } from '../test/support/fakeConnector';
import { FakeSender } from '../test/support/fakeSender';
import { startCluster } from '../test/support/pgCluster';
import { tempDir } from '../test/support/tmp';
import { CONVERSATIONS, drive, SECONDS } from './support/dialogLoad';
import { fmt, startServer } from './support/load';

const MESSAGES = Number(process.env.BENCH_OUTBOX_MESSAGES ?? 2_000);
const LIFTED: readonly RateWindow[] = [{ limit: 1_000_000, ms: 1_000 }];

async function dialogs(pgUrl: (name: string) => Promise<string>, dir: ReturnType<typeof tempDir>): Promise<void> {
  const connector = await new FakeConnector().start();
  console.log(`new-card dialog: ${CONVERSATIONS} concurrent conversations, ${SECONDS} s each, deliveryMode expectReplies`);
  const echo = await startServer(['bench/support/echoBot.ts'], {});
  const floor = await drive(echo.url, connector, 'bare botbuilder echo bot');
  echo.child.kill('SIGKILL');
  // info: startServer waits for the "started" line.
  const env = { PORT: '0', LOG_LEVEL: 'info' };
  const sqlite = await startServer(['src/index.ts'], { ...env, DATABASE_PATH: dir.file('bench.sqlite') });
  const onSqlite = await drive(sqlite.url, connector, 'SQLite, one instance');
  sqlite.child.kill('SIGTERM');
  const one = await startServer(['src/index.ts'], { ...env, DATABASE_URL: await pgUrl('one') });
  const onPg = await drive(one.url, connector, 'PostgreSQL, one instance');
  one.child.kill('SIGTERM');
  const shared = await pgUrl('two');
  const pair = await Promise.all([
    startServer(['src/index.ts'], { ...env, DATABASE_URL: shared }),
    startServer(['src/index.ts'], { ...env, DATABASE_URL: shared }),
  ]);
  const onTwo = await drive(
    pair.map((p) => p.url),
    connector,
    'PostgreSQL, two instances',
  );
  for (const p of pair) p.child.kill('SIGTERM');
  const pct = (a: number, b: number) => `${fmt((a / b) * 100)} %`;
  console.log(
    `PostgreSQL/SQLite turns/s: ${pct(onPg.turnsPerSecond, onSqlite.turnsPerSecond)} (target >= 60 %); SQLite/echo ${pct(onSqlite.turnsPerSecond, floor.turnsPerSecond)}; two/one instance ${pct(onTwo.turnsPerSecond, onPg.turnsPerSecond)} (one 2-core machine runs both)`,
  );
  await connector.stop();
}

async function seed(store: Store, tenant: string): Promise<void> {
  const drafts: OutboxDraft[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const { person } = await store.people.upsertSeen({ tenantId: tenant, aadObjectId: `bench-${i}` });
    await store.conversations.upsert({
      conversationId: `a:bench-${i}`,
      personId: person.id,
      tenantId: tenant,
      conversationType: 'personal',
      serviceUrl: 'https://smba.example/',
      reference: {},
    });
    drafts.push({
      eventId: `bench-${i}`,
      recipient: { kind: 'person', id: person.id },
      tenantId: tenant,
      payload: { kind: 'text', text: 'hi' },
    });
  }
  await store.outbox.enqueue(drafts);
}

async function drainWith(stores: Store[], fleet: boolean): Promise<number> {
  const sender = new FakeSender(Date.now);
  const workers = stores.map(
    (store) =>
      new OutboxWorker({
        outbox: store.outbox,
        recipients: storeRecipients(store),
        sender,
        log: createLogger('silent'),
        limits: { conversation: LIFTED, tenant: LIFTED },
        ...(fleet && store.rateLimits ? { rateLimits: new FleetRateLimits(store.rateLimits) } : {}),
      }),
  );
  const started = performance.now();
  // Each worker runs until a run finds nothing more to do; together they drain the one outbox.
  await Promise.all(
    workers.map(async (w) => {
      while ((await w.runOnce()).dispatched > 0);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (sender.delivered.length !== MESSAGES) throw new Error(`delivered ${sender.delivered.length} of ${MESSAGES}`);
  return MESSAGES / seconds;
}

async function outbox(pgUrl: (name: string) => Promise<string>, dir: ReturnType<typeof tempDir>): Promise<void> {
  console.log(
    `\noutbox: ${MESSAGES} messages to as many conversations, instant sender, limits lifted (fleet limits on PostgreSQL still cost their round trips)`,
  );
  const sqlite = createSqliteStore(dir.file('outbox.sqlite'));
  await seed(sqlite, 'bench');
  const base = await drainWith([sqlite], false);
  await sqlite.close();
  console.log(`${'SQLite, one worker'.padEnd(36)} ${fmt(base).padStart(8)} msg/s`);
  for (const [label, workers] of [
    ['PostgreSQL, one worker', 1],
    ['PostgreSQL, two workers (two pools)', 2],
  ] as const) {
    const url = await pgUrl(`outbox${workers}`);
    const stores = await Promise.all(Array.from({ length: workers }, () => createPostgresStore(url)));
    await seed(stores[0]!, `bench-${randomUUID()}`);
    const rate = await drainWith(stores, true);
    await Promise.all(stores.map((s) => s.close()));
    console.log(`${label.padEnd(36)} ${fmt(rate).padStart(8)} msg/s  (${fmt((rate / base) * 100)} % of SQLite)`);
  }
}

export async function run(): Promise<void> {
  const cluster = await startCluster();
  const dir = tempDir('id06-bench-pg-');
  const pgUrl = (name: string) => cluster.createDatabase(`bench_${name}`);
  try {
    await dialogs(pgUrl, dir);
    await outbox(pgUrl, dir);
  } finally {
    await cluster.stop();
    dir.cleanup();
  }
}
