/**
 * The Orders tab's list page with 10,000 orders of one company in the database (SQLite, 1-3 cards
 * each, a mix of states), through the real server and its API (development sign-in: local mode).
 * Target: p99 < 50 ms for a list page. Baseline in the same run: /healthz on the same server.
 */
import Database from 'better-sqlite3';
import { createApp } from '../src/app';
import { parseConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { seedOrder, seedPerson } from '../test/support/tabSeed';
import { tempDir } from '../test/support/tmp';
import { fmt, percentile } from './support/load';

const ORDERS = 10_000;
const REQUESTS = 300;

export async function run(): Promise<void> {
  const dir = tempDir('id06-bench-tab-');
  const dbPath = dir.file('bench.sqlite');
  const config = parseConfig({ PORT: '0', DATABASE_PATH: dbPath, LOG_LEVEL: 'silent' });
  const app = createApp({ config, log: createLogger('silent') });
  const { url } = await app.listen();
  try {
    const store = app.store;
    const orderer = await seedPerson(store, {
      tenantId: 'local-tenant',
      aadObjectId: 'bench',
      name: 'Bench Orderer',
      email: 'bench@alfa.example',
    });
    await store.companies.create({ id: 'demo-company', tenantId: 'local-tenant', name: 'Alfa Bygg AB', orgNumber: null });
    await store.companies.grant('demo-company', orderer.id, 'admin');
    const photo = await store.photos.save({ ownerPersonId: orderer.id, jpeg: Buffer.from('x'), thumbnail: Buffer.from('x'), findings: [] });
    const t0 = performance.now();
    const owner = { companyId: 'demo-company', ordererId: orderer.id };
    for (let i = 0; i < ORDERS; i++) {
      await seedOrder(
        store,
        owner,
        Array.from({ length: 1 + (i % 3) }, (_, k) => ({
          firstName: `Anna${i}`,
          lastName: `Berg${k}`,
          email: `anna${i}.${k}@alfa.example`,
          photoId: photo.id,
        })),
        2020 + (i % 7),
      );
    }
    // A mix of states, arranged directly: a third approved with cards in production steps, some rejected.
    const raw = new Database(dbPath);
    raw.exec(
      `UPDATE orders SET status = CASE abs(random()) % 6 WHEN 0 THEN 'rejected' WHEN 1 THEN 'in_review' WHEN 2 THEN 'submitted' ELSE 'approved' END`,
    );
    raw.exec(`UPDATE order_items SET status = CASE abs(random()) % 5 WHEN 0 THEN 'approved' WHEN 1 THEN 'produced' WHEN 2 THEN 'shipped' WHEN 3 THEN 'delivered' ELSE 'awaiting_cardholder' END
      WHERE order_id IN (SELECT id FROM orders WHERE status = 'approved')`);
    raw.close();
    console.log(`seeded ${ORDERS} orders (${ORDERS * 2} cards) in ${fmt((performance.now() - t0) / 1000)} s`);

    const signIn = await fetch(`${url}/api/tab/development/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: orderer.id }),
    });
    const authorization = `Development ${((await signIn.json()) as { token: string }).token}`;
    const time = async (label: string, call: () => Promise<Response>) => {
      for (let i = 0; i < 20; i++) await (await call()).arrayBuffer();
      const ms: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const started = performance.now();
        const res = await call();
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${label}: HTTP ${res.status}`);
        ms.push(performance.now() - started);
      }
      ms.sort((a, b) => a - b);
      return { label, p50: percentile(ms, 50), p99: percentile(ms, 99) };
    };
    const search = (body: Record<string, unknown>) => () =>
      fetch(`${url}/api/tab/orders/search`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({ companyId: 'demo-company', ...body }),
      });
    const baseline = await time('GET /healthz (baseline)', () => fetch(`${url}/healthz`));
    const results = [
      await time('list page 1', search({})),
      await time('list page 200 (of 400)', search({ page: 200 })),
      await time('filter: waiting for cardholders', search({ filter: 'waiting_for_cardholders' })),
      await time('filter: delivered, page 20', search({ filter: 'delivered', page: 20 })),
      await time('search "berg1" (name)', search({ text: 'berg1' })),
      await time('search by order number', search({ text: 'ID06-2023-000042' })),
    ];
    console.log(`${REQUESTS} requests each, one at a time, after 20 warm-up requests`);
    for (const r of [baseline, ...results]) {
      console.log(
        `${r.label.padEnd(36)} p50 ${fmt(r.p50, 2).padStart(7)} ms  p99 ${fmt(r.p99, 2).padStart(7)} ms  (${fmt(r.p99 / baseline.p99)}x baseline p99)`,
      );
    }
    const worst = Math.max(...results.map((r) => r.p99));
    console.log(`worst list-page p99 ${fmt(worst, 2)} ms: ${worst < 50 ? 'within' : 'OVER'} the 50 ms target`);
  } finally {
    await app.close();
    dir.cleanup();
  }
}
