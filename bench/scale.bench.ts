/**
 * Issue 14, scale: the new-card turn, `orders` and `order <number>` with 100,000 orders, 300,000
 * order items and 50,000 people in the database, against the same server on a database holding
 * only the bench orderer's own orders, in the same run, on SQLite and PostgreSQL. Targets: the turn
 * within 10 % of the small database's throughput; `orders` and `order <number>` under 20 ms.
 * Bulk rows are copies of rows the real store wrote (bench/support/bulkRows.ts); the server runs as
 * its own process, as in production, and this process only sends turns over HTTP (expectReplies).
 */
import { randomUUID } from 'node:crypto';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { openStore } from '../src/store/open';
import { DEMO_COMPANY_ID, ensureLocalOrderer } from '../src/services/people/seedLocal';
import type { Order } from '../src/store/ports';
import { FakeConnector } from '../test/support/fakeConnector';
import { startCluster } from '../test/support/pgCluster';
import { TEST_DATA_KEYS } from '../test/support/productionEnv';
import { seedOrder } from '../test/support/tabSeed';
import { tempDir } from '../test/support/tmp';
import { copyRows, postgresBulk, sqliteBulk, type BulkDialect } from './support/bulkRows';
import { activity, drive } from './support/dialogLoad';
import { fmt, percentile, startServer } from './support/load';

const ORDERS = Number(process.env.BENCH_SCALE_ORDERS ?? 100_000);
const PEOPLE = Number(process.env.BENCH_SCALE_PEOPLE ?? 50_000);
const COMPANIES = 1_000;
const OWN_ORDERS = 20;
const REQUESTS = 200;
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ORDERER = 'bench-scale-orderer';

type Db = { env: Record<string, string>; bulk: () => Promise<BulkDialect> };

/** The bench orderer (as the server will meet them) with their own orders, written by the real store. */
async function seedOwn(db: Db): Promise<Order[]> {
  const config = parseConfig({ ...db.env, PORT: '0', LOG_LEVEL: 'silent' });
  const log = createLogger('silent');
  // The store as the server opens it (index.ts), so the server can open what is sealed here.
  const store = await openStore(config, { log, keys: config.keys ?? undefined });
  const app = createApp({ config, log, store });
  try {
    const { person } = await store.people.upsertSeen({ tenantId: TENANT, aadObjectId: ORDERER, name: 'Scale Orderer' });
    await store.people.updateProfile(person.id, { email: 'scale@alfa.example' });
    await ensureLocalOrderer({ ctx: { store, now: () => new Date(), log: createLogger('silent') }, personId: person.id, tenantId: TENANT });
    const owner = { companyId: DEMO_COMPANY_ID, ordererId: person.id };
    const orders: Order[] = [];
    for (let i = 0; i < OWN_ORDERS; i++) {
      orders.push(
        await seedOrder(
          store,
          owner,
          [0, 1, 2].map((k) => ({ firstName: `Anna${i}`, lastName: `Berg${k}`, email: `anna${i}.${k}@alfa.example` })),
        ),
      );
    }
    return orders;
  } finally {
    await app.close();
  }
}

/** Both databases alike, after their seeding: at a steady state (see BulkDialect.settle). */
async function settle(db: Db): Promise<void> {
  const d = await db.bulk();
  await d.settle().finally(() => d.close());
}

/** 50,000 people, 1,000 companies, 100,000 orders of them with three cards each, beside the orderer's own. */
async function seedBulk(db: Db, template: Order): Promise<number> {
  const started = performance.now();
  const d = await db.bulk();
  try {
    const ownerId = `(SELECT orderer_id FROM orders WHERE id = '${template.id}')`;
    await copyRows(d, 'people', `t.id = ${ownerId}`, PEOPLE, {
      id: d.text('bulk-person-'),
      aad_object_id: d.text('bulk-aad-'),
      teams_user_id: 'NULL',
      email: d.text('bulk', "n || '@bulk.example'"),
      name: d.text('Bulk Person '),
    });
    await copyRows(d, 'companies', `t.id = '${DEMO_COMPANY_ID}'`, COMPANIES, {
      id: d.text('bulk-company-'),
      name: d.text('Bulk Bygg '),
      org_number: 'NULL',
    });
    await copyRows(d, 'orders', `t.id = '${template.id}'`, ORDERS, {
      id: d.text('bulk-order-'),
      number: d.padded('ID06-2019-'),
      company_id: d.text('bulk-company-', `n % ${COMPANIES} + 1`),
      orderer_id: d.text('bulk-person-', `n % ${PEOPLE} + 1`),
      checkout_id: d.text('bulk-checkout-'),
      status: "'approved'",
    });
    const item = `(SELECT id FROM order_items WHERE order_id = '${template.id}' ORDER BY position LIMIT 1)`;
    await copyRows(d, 'order_items', `t.id = ${item}`, ORDERS * 3, {
      id: d.text('bulk-item-'),
      order_id: d.text('bulk-order-', '(n - 1) / 3 + 1'),
      position: '(n - 1) % 3',
      cart_item_id: d.text('bulk-cart-item-'),
      email: d.text('bulk-cardholder', "n || '@bulk.example'"),
      status: "'delivered'",
      cardholder_person_id: 'NULL',
      remind_at: 'NULL',
      expires_at: 'NULL',
    });
  } finally {
    await d.close();
  }
  return (performance.now() - started) / 1000;
}

async function timeTurns(url: string, connector: FakeConnector, text: string): Promise<{ p50: number; p99: number }> {
  const send = async () => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(connector.url, ORDERER, text)),
    });
    const body = (await res.json()) as { activities?: unknown[] };
    if (res.status !== 200 || !body.activities?.length)
      throw new Error(`${text}: HTTP ${res.status}, ${body.activities?.length ?? 0} replies`);
  };
  for (let i = 0; i < 20; i++) await send();
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    await send();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99) };
}

async function measure(label: string, db: Db, connector: FakeConnector, first: boolean) {
  // Measured once the start-up retention run (over every order item) is done: it is not the turn's
  // cost. It runs at a database's first start only (then its daily lease is held).
  const t0 = performance.now();
  const server = await startServer(
    ['src/index.ts'],
    { ...db.env, PORT: '0', LOG_LEVEL: 'info' },
    first ? { readyEvent: 'retention.purged' } : {},
  );
  console.log(`${label}: server started${first ? ' and its retention run done' : ''} in ${fmt((performance.now() - t0) / 1000, 2)} s`);
  try {
    const turn = await drive(server.url, connector, `new-card, ${label}`);
    const list = await timeTurns(server.url, connector, 'orders');
    const detail = await timeTurns(server.url, connector, `order ${ownNumber}`);
    console.log(`${`orders, ${label}`.padEnd(28)} p50 ${fmt(list.p50, 2).padStart(7)} ms  p99 ${fmt(list.p99, 2).padStart(7)} ms`);
    console.log(
      `${`order <number>, ${label}`.padEnd(28)} p50 ${fmt(detail.p50, 2).padStart(7)} ms  p99 ${fmt(detail.p99, 2).padStart(7)} ms`,
    );
    return { turn, list, detail };
  } finally {
    server.child.kill('SIGTERM');
  }
}

let ownNumber = '';

async function backend(name: string, small: Db, large: Db, connector: FakeConnector): Promise<void> {
  await seedOwn(small);
  const own = await seedOwn(large);
  ownNumber = own[own.length - 1]!.number;
  const seconds = await seedBulk(large, own[0]!);
  await Promise.all([settle(small), settle(large)]);
  console.log(
    `\n${name}: ${ORDERS} orders, ${ORDERS * 3} order items, ${PEOPLE} people and ${COMPANIES} companies copied in ${fmt(seconds)} s`,
  );
  // Alternated twice: on a shared machine the spread between the two rounds tells how far to trust a ratio.
  for (const round of [1, 2]) {
    const before = await measure(`small database #${round}`, small, connector, round === 1);
    const after = await measure(`large database #${round}`, large, connector, round === 1);
    const ratio = after.turn.turnsPerSecond / before.turn.turnsPerSecond;
    console.log(
      `${name} round ${round}: large/small new-card throughput ${fmt(ratio * 100)} % (target >= 90 %); large: orders p50 ${fmt(after.list.p50, 2)} ms, order <number> p50 ${fmt(after.detail.p50, 2)} ms (target < 20 ms)`,
    );
  }
}

export async function run(): Promise<void> {
  const connector = await new FakeConnector().start();
  connector.addMember({
    id: `29:${ORDERER}`,
    aadObjectId: ORDERER,
    name: 'Scale Orderer',
    email: 'scale@alfa.example',
    userPrincipalName: 'scale@alfa.example',
  });
  const dir = tempDir('id06-bench-scale-');
  const cluster = await startCluster();
  try {
    const sqliteDb = (file: string): Db => ({
      env: { ...TEST_DATA_KEYS, DATABASE_PATH: dir.file(file) },
      bulk: async () => sqliteBulk(dir.file(file)),
    });
    await backend('SQLite', sqliteDb('small.sqlite'), sqliteDb('large.sqlite'), connector);
    const pgDb = async (database: string): Promise<Db> => {
      const url = await cluster.createDatabase(`scale_${database}_${randomUUID().slice(0, 8)}`);
      return { env: { ...TEST_DATA_KEYS, DATABASE_URL: url }, bulk: () => postgresBulk(url) };
    };
    await backend('PostgreSQL', await pgDb('small'), await pgDb('large'), connector);
  } finally {
    await cluster.stop();
    await connector.stop();
    dir.cleanup();
  }
}
