import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDER_FILTER_NAMES, filterOf, filterParts } from '../../src/domain/lifecycle/progressFilter';
import { orderProgress } from '../../src/domain/lifecycle/progress';
import { ITEM_STATES, type ItemState } from '../../src/domain/lifecycle/states';
import type { ServiceContext } from '../../src/services/context';
import { ForbiddenError, ValidationFailedError } from '../../src/services/errors';
import { browseOrders, exportOrders, ORDERS_PAGE_SIZE } from '../../src/services/tab/browseOrders';
import { describeTabUser } from '../../src/services/tab/describeTabUser';
import { listMyCards } from '../../src/services/tab/myCards';
import { listReviewQueue } from '../../src/services/tab/reviewQueue';
import { searchSpellings } from '../../src/services/tab/searchText';
import type { Order, Person, Store } from '../../src/store/ports';
import { createSqliteStore } from '../../src/store/sqlite';
import { advance, seedContext, seedOrder, seedPerson } from '../support/tabSeed';
import { tempDir } from '../support/tmp';

const T = 't1';

describe('Orders tab read services over the real SQLite store', () => {
  const dir = tempDir('id06-tab-browse-');
  let store: Store;
  let ctx: ServiceContext;
  const people: Record<string, Person> = {};
  const as = (name: string) => ({ personId: people[name]!.id, tenantId: T });
  const orders: Order[] = [];

  beforeAll(async () => {
    store = createSqliteStore(dir.file('tab.sqlite'));
    ctx = seedContext(store, 'rita@issuer.example');
    for (const [name, email] of [
      ['olle', 'olle@alfa.example'],
      ['otto', 'otto@alfa.example'],
      ['maja', 'maja@alfa.example'],
      ['rita', 'rita@issuer.example'],
      ['bea', 'bea@beta.example'],
      ['asa', 'asa.ostberg@alfa.example'],
    ] as const) {
      people[name] = await seedPerson(store, { tenantId: T, aadObjectId: name, name, email });
    }
    await store.companies.create({ id: 'A', tenantId: T, name: 'Alfa Bygg', orgNumber: null });
    await store.companies.create({ id: 'B', tenantId: T, name: 'Beta Bygg', orgNumber: null });
    await store.companies.grant('A', people.olle!.id, 'orderer');
    await store.companies.grant('A', people.otto!.id, 'orderer');
    await store.companies.grant('A', people.otto!.id, 'admin');
    await store.companies.grant('A', people.maja!.id, 'manager');
    await store.companies.grant('B', people.bea!.id, 'orderer');
    const olle = { companyId: 'A', ordererId: people.olle!.id };
    // 30 orders by Olle (two pages), one by Otto, one in company B.
    for (let i = 0; i < 30; i++)
      orders.push(await seedOrder(store, olle, [{ firstName: 'Anna', lastName: `Berg${i}`, email: `anna${i}@alfa.example` }]));
    orders.push(
      await seedOrder(store, olle, [
        { firstName: 'Åsa', lastName: 'Östberg', email: 'asa.ostberg@alfa.example', manualIdVerification: true },
        { firstName: 'Bo', lastName: 'Ek', email: 'bo@alfa.example' },
      ]),
    );
    orders.push(
      await seedOrder(store, { companyId: 'A', ordererId: people.otto!.id }, [
        { firstName: 'Carl', lastName: 'Dahl', email: 'carl@alfa.example' },
      ]),
    );
    orders.push(
      await seedOrder(store, { companyId: 'B', ordererId: people.bea!.id }, [
        { firstName: 'Dana', lastName: 'Fors', email: 'dana@beta.example' },
      ]),
    );
    await advance(ctx, orders[0]!, 'rejected', { reviewer: as('rita'), cardholders: [] });
    await advance(ctx, orders[30]!, 'delivered', {
      reviewer: as('rita'),
      cardholders: [people.asa!, await seedPerson(store, { tenantId: T, aadObjectId: 'bo', name: 'Bo', email: 'bo@alfa.example' })],
    });
  });
  afterAll(async () => {
    await store.close();
    dir.cleanup();
  });

  it('an orderer sees their own orders, newest first, 25 a page; an admin and a manager see the company; others are refused', async () => {
    const first = await browseOrders({ ctx, actor: as('olle'), input: { companyId: 'A' } });
    expect(first).toMatchObject({ total: 31, page: 1, pageSize: ORDERS_PAGE_SIZE, scope: 'own', readOnly: false });
    expect(first.orders.map((o) => o.order.number)).toEqual(
      orders
        .slice(6, 31)
        .map((o) => o.number)
        .reverse(),
    );
    const second = await browseOrders({ ctx, actor: as('olle'), input: { companyId: 'A', page: 2 } });
    expect(second.orders.map((o) => o.order.number)).toEqual(
      orders
        .slice(0, 6)
        .map((o) => o.number)
        .reverse(),
    );
    expect(await browseOrders({ ctx, actor: as('olle'), input: { companyId: 'A', page: 99 } })).toMatchObject({ total: 31, orders: [] });
    expect(await browseOrders({ ctx, actor: as('otto'), input: { companyId: 'A' } })).toMatchObject({
      total: 32,
      scope: 'all',
      readOnly: false,
    });
    expect(await browseOrders({ ctx, actor: as('maja'), input: { companyId: 'A' } })).toMatchObject({
      total: 32,
      scope: 'all',
      readOnly: true,
    });
    await expect(browseOrders({ ctx, actor: as('bea'), input: { companyId: 'A' } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(browseOrders({ ctx, actor: as('rita'), input: { companyId: 'A' } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(browseOrders({ ctx, actor: as('olle'), input: { companyId: 'A', filter: 'bogus' as never } })).rejects.toBeInstanceOf(
      ValidationFailedError,
    );
  });

  it('search finds an order by number, by a cardholder name in any case (å and ö included), full name or e-mail', async () => {
    const found = async (text: string) =>
      (await browseOrders({ ctx, actor: as('otto'), input: { companyId: 'A', text } })).orders.map((o) => o.order.number);
    expect(await found(orders[5]!.number.toLowerCase())).toEqual([orders[5]!.number]);
    for (const text of ['åsa', 'ÅSA', 'östberg', 'Åsa Östberg', 'ASA.OSTBERG@alfa', 'bo@alfa.example'])
      expect(await found(text), text).toEqual([orders[30]!.number]);
    expect(await found('berg1')).toHaveLength(11); // Berg1, Berg10-19
    expect(await found('100%')).toEqual([]);
    expect(await found('_')).toEqual([]);
    expect(searchSpellings('  åsa  östberg ')).toEqual(['åsa östberg', 'Åsa Östberg', 'ÅSA ÖSTBERG']);
  });

  it('the state filter matches what the chat calls the order, for every mix of card states', async () => {
    // Every multiset of up to three item states on an approved order, arranged directly in the table.
    const raw = new Database(dir.file('tab.sqlite'));
    // The states after delivery all count as handed over (one list, HANDED_OVER_STATES, in both):
    // two of them go into the mixes, every one of them alone, so the seeding stays under ~400 orders.
    const mixed = ITEM_STATES.filter((s) => !['card_blocked', 'card_superseded', 'card_ended'].includes(s));
    const combos: ItemState[][] = [];
    const walk = (from: number, acc: ItemState[]) => {
      if (acc.length > 0) combos.push(acc);
      if (acc.length < 3) for (let i = from; i < mixed.length; i++) walk(i, [...acc, mixed[i]!]);
    };
    walk(0, []);
    combos.push(['card_blocked'], ['card_superseded'], ['card_ended'], ['card_ended', 'card_blocked', 'shipped']);
    await store.companies.create({ id: 'C', tenantId: T, name: 'Combo AB', orgNumber: null });
    await store.companies.grant('C', people.otto!.id, 'admin');
    const expected = new Map<string, string>();
    for (const states of combos) {
      const order = await seedOrder(
        store,
        { companyId: 'C', ordererId: people.otto!.id },
        states.map((_, i) => ({ firstName: 'X', lastName: `Y${i}`, email: `x${i}@c.example` })),
      );
      raw.prepare(`UPDATE orders SET status = 'approved' WHERE id = ?`).run(order.id);
      const items = await store.orders.items(order.id);
      states.forEach((state, i) => raw.prepare('UPDATE order_items SET status = ? WHERE id = ?').run(state, items[i]!.id));
      expected.set(
        order.number,
        filterOf(
          orderProgress(
            'approved',
            states.map((state) => ({ state })),
          ),
        ),
      );
    }
    raw.close();
    for (const filter of ORDER_FILTER_NAMES) {
      const { orders: hits } = await store.orderBrowse.search({
        scope: { companyId: 'C' },
        states: filterParts(filter),
        sort: 'newest',
        offset: 0,
        limit: 1000,
      });
      const want = [...expected]
        .filter(([, f]) => f === filter)
        .map(([n]) => n)
        .sort();
      expect(hits.map((h) => h.order.number).sort(), filter).toEqual(want);
    }
    expect(combos).toHaveLength(11 + 66 + 286 + 4);
  });

  it('the filter on real transitions: rejected, delivered and waiting for review', async () => {
    const numbers = async (filter: 'rejected' | 'delivered' | 'waiting_for_review') =>
      (await browseOrders({ ctx, actor: as('olle'), input: { companyId: 'A', filter } })).orders.map((o) => o.order.number);
    expect(await numbers('rejected')).toEqual([orders[0]!.number]);
    expect(await numbers('delivered')).toEqual([orders[30]!.number]);
    expect(await numbers('waiting_for_review')).toHaveLength(25);
  });

  it('the export holds the whole filtered list, not a page', async () => {
    expect((await exportOrders({ ctx, actor: as('maja'), input: { companyId: 'A' } })).orders).toHaveLength(32);
    await expect(exportOrders({ ctx, actor: as('bea'), input: { companyId: 'A' } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("the review queue is every company's orders waiting for review, oldest first, for reviewers only", async () => {
    const queue = await listReviewQueue({ ctx, actor: as('rita'), input: { page: 1 } });
    expect(queue.total).toBeGreaterThanOrEqual(31);
    expect(queue.orders[0]!.order.number).toBe(orders[1]!.number);
    expect(queue.orders.every((o) => o.order.status === 'submitted' || o.order.status === 'in_review')).toBe(true);
    await expect(listReviewQueue({ ctx, actor: as('otto'), input: { page: 1 } })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('my cards and who the tab shows what', async () => {
    expect((await listMyCards({ ctx, actor: as('asa') })).map((c) => [c.order.number, c.item.status, c.company?.name])).toEqual([
      [orders[30]!.number, 'delivered', 'Alfa Bygg'],
    ]);
    expect(await listMyCards({ ctx, actor: as('olle') })).toEqual([]);
    expect(await describeTabUser({ ctx, actor: as('otto') })).toMatchObject({
      companies: [{ id: 'A', roles: expect.arrayContaining(['orderer', 'admin']) }, { id: 'C' }],
      reviewer: false,
      cardholder: false,
    });
    expect(await describeTabUser({ ctx, actor: as('asa') })).toMatchObject({ companies: [], reviewer: false, cardholder: true });
    expect(await describeTabUser({ ctx, actor: as('rita') })).toMatchObject({ companies: [], reviewer: true });
  });
});
