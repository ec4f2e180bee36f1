import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import type { Actor, ServiceContext } from '../../src/services/context';
import { listOrders } from '../../src/services/orders/listOrders';
import { orderDetail } from '../../src/services/orders/orderDetail';
import type { Order, Store } from '../../src/store/ports';
import { fileDatabaseUrl } from '../support/pgDatabase';
import { describeStore } from '../support/stores';
import { seedOrder, seedPerson } from '../support/tabSeed';

/**
 * The queries behind `orders` and `order <number>` use indexes: checked on the plan each database
 * makes for the exact statements the store sent (captured at the driver), not on timings. With
 * 100,000 orders (bench/scale.bench.ts) a scan of a big table is what would make them slow.
 */
const BIG_TABLES = ['orders', 'order_items', 'audit_events', 'people', 'companies', 'company_roles', 'photos', 'cart_items', 'checkouts'];

interface Captured {
  sql: string;
  values: unknown[];
}

/** Records every statement the drivers are given while `on` (SQLite: prepared sources; PostgreSQL: query texts and values). */
function captureStatements() {
  const seen: Captured[] = [];
  let on = false;
  let sqlite: Database.Database | undefined;
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    const statement = prepare.call(this, source);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the database the statement belongs to, to explain it on
    const db = this;
    if (!/^\s*(EXPLAIN|PRAGMA)/i.test(source)) {
      const run = statement.all.bind(statement) as (...a: unknown[]) => unknown[];
      const get = statement.get.bind(statement) as (...a: unknown[]) => unknown;
      const record = (args: unknown[]) => on && (sqlite = db) && seen.push({ sql: source, values: args });
      statement.all = ((...args: unknown[]) => (record(args), run(...args))) as typeof statement.all;
      statement.get = ((...args: unknown[]) => (record(args), get(...args))) as typeof statement.get;
    }
    return statement;
  } as typeof prepare;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    if (on)
      seen.push(
        typeof config === 'string' ? { sql: config, values: values ?? [] } : { sql: config.text, values: config.values ?? values ?? [] },
      );
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  return {
    seen,
    start: () => ((on = true), seen.splice(0)),
    stop: () => (on = false),
    sqlite: () => sqlite,
    restore() {
      Database.prototype.prepare = prepare;
      pg.Client.prototype.query = query;
    },
  };
}

/** A value as the driver sends it (dates as timestamps, objects as JSON). */
const prepareValue = (v: unknown): string => (v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v));

/**
 * Plan lines that read a whole big table: `SCAN <table>` (SQLite, with or without an index), `Seq
 * Scan on <table>` (PostgreSQL, with seq scans priced out), or a PostgreSQL index scan without an
 * `Index Cond` (it walks the whole index, e.g. the primary key for an ORDER BY).
 */
function scansOf(plan: string[]): string[] {
  const found: string[] = [];
  plan.forEach((line, i) => {
    if (!BIG_TABLES.some((t) => new RegExp(`(SCAN|Seq Scan on|Scan using \\S+ on) "?${t}"?(\\s|$)`).test(line))) return;
    if (/SCAN|Seq Scan/.test(line)) return void found.push(line.trim());
    const rest = plan.slice(i + 1);
    const next = rest.findIndex((l) => l.includes('->'));
    if (!(next === -1 ? rest : rest.slice(0, next)).some((l) => l.includes('Index Cond'))) found.push(line.trim());
  });
  return found;
}

describeStore('the queries behind orders and order <number> use indexes', (backend) => {
  let store: Store;
  let capture: ReturnType<typeof captureStatements>;
  let ctx: ServiceContext;
  let actor: Actor;
  let orders: Order[];

  beforeEach(async () => {
    capture = captureStatements();
    store = await backend.open();
    ctx = { store, now: () => new Date('2026-03-05T10:00:00Z'), log: createLogger('silent') };
    const orderer = await seedPerson(store, { tenantId: 't1', aadObjectId: 'orderer', name: 'Olle Orderer', email: 'olle@alfa.example' });
    await store.companies.create({ id: 'alfa', tenantId: 't1', name: 'Alfa Bygg AB', orgNumber: null });
    await store.companies.grant('alfa', orderer.id, 'orderer');
    actor = { personId: orderer.id, tenantId: 't1' };
    const owner = { companyId: 'alfa', ordererId: orderer.id };
    orders = [
      await seedOrder(store, owner, [{ firstName: 'Anna', lastName: 'Berg', email: 'anna@alfa.example' }]),
      await seedOrder(store, owner, [{ firstName: 'Bo', lastName: 'Ek', email: 'bo@alfa.example' }]),
    ];
  });
  afterEach(() => capture.restore());

  async function plans(): Promise<{ sql: string; plan: string[] }[]> {
    const selects = capture.seen.filter((s) => /^\s*(select|with)\b/i.test(s.sql));
    if (backend.name === 'sqlite') {
      const db = capture.sqlite()!;
      return selects.map((s) => ({
        sql: s.sql,
        plan: (db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.values) as { detail: string }[]).map((r) => r.detail),
      }));
    }
    const client = new pg.Client({ connectionString: await fileDatabaseUrl() });
    await client.connect();
    try {
      // The tables of a test are tiny, where a sequential scan is cheapest; priced out, the planner shows whether an index can serve.
      await client.query('SET enable_seqscan = off');
      const out = [];
      // EXPLAIN takes no bound parameters: the statement is prepared as the driver sent it and explained with its values.
      for (const [i, s] of selects.entries()) {
        await client.query(`PREPARE plan_${i} AS ${s.sql}`);
        const literals = s.values.map((v) => (v === null || v === undefined ? 'NULL' : client.escapeLiteral(prepareValue(v))));
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `EXPLAIN EXECUTE plan_${i}${literals.length ? `(${literals.join(', ')})` : ''}`,
        );
        out.push({ sql: s.sql, plan: rows.map((r) => r['QUERY PLAN']) });
      }
      return out;
    } finally {
      await client.end();
    }
  }

  it('orders: the orderer, the count, the page and its cards', async () => {
    capture.start();
    const listed = await listOrders({ ctx, actor });
    capture.stop();
    expect(listed.orders.map((o) => o.order.number)).toEqual([orders[1]!.number, orders[0]!.number]);
    const read = await plans();
    expect(read.length).toBeGreaterThanOrEqual(3);
    for (const { sql, plan } of read) expect(scansOf(plan), `${sql}\n${plan.join('\n')}`).toEqual([]);
  });

  it('order <number>: the order by number, the roles, its cards and their history', async () => {
    capture.start();
    const detail = await orderDetail({ ctx, actor, input: { number: orders[0]!.number } });
    capture.stop();
    expect(detail.items.map((i) => i.firstName)).toEqual(['Anna']);
    const read = await plans();
    expect(read.length).toBeGreaterThanOrEqual(4);
    for (const { sql, plan } of read) expect(scansOf(plan), `${sql}\n${plan.join('\n')}`).toEqual([]);
  });

  it('a scan is seen: the same check flags a query without a usable index', async () => {
    capture.start();
    await store.audit.list({ type: 'order', id: orders[0]!.id });
    capture.stop();
    // Rewritten to filter on columns no index holds, the plan must show the scan.
    const [audit] = capture.seen;
    const [p1, p2] = backend.name === 'sqlite' ? ['?', '?'] : ['$1', '$2'];
    const rewritten = audit!.sql.replace(/ where .* order by /, ` where ("what" = ${p1} and "to_state" = ${p2}) order by `);
    expect(rewritten).not.toBe(audit!.sql);
    capture.seen.splice(0, capture.seen.length, { sql: rewritten, values: audit!.values });
    const read = await plans();
    expect(read.flatMap((r) => scansOf(r.plan)).length, JSON.stringify(read)).toBeGreaterThan(0);
  });
});
