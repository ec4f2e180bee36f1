import { expect, it } from 'vitest';
import { filterParts } from '../../src/domain/lifecycle/progressFilter';
import { searchSpellings } from '../../src/services/tab/searchText';
import { describeStore } from '../support/stores';
import { advance, seedContext, seedOrder, seedPerson } from '../support/tabSeed';

/** The Orders tab's read port on both dialects: the same SQL, SQLite's LIKE and PostgreSQL's ILIKE. */
describeStore('order browse', (backend) => {
  it("scopes, searches, filters by state, pages and counts; finds a cardholder's cards", async () => {
    const store = await backend.open();
    const ctx = seedContext(store, 'rita@issuer.example');
    const meet = (id: string, email: string) => seedPerson(store, { tenantId: 't1', aadObjectId: id, name: id, email });
    const [olle, otto, rita, asa] = [
      await meet('olle', 'olle@a.example'),
      await meet('otto', 'otto@a.example'),
      await meet('rita', 'rita@issuer.example'),
      await meet('asa', 'asa@a.example'),
    ];
    await store.companies.create({ id: 'A', tenantId: 't1', name: 'Alfa', orgNumber: null });
    await store.companies.create({ id: 'B', tenantId: 't1', name: 'Beta', orgNumber: null });
    for (const p of [olle, otto]) await store.companies.grant('A', p.id, 'orderer');
    const olles = [];
    for (let i = 0; i < 5; i++)
      olles.push(
        await seedOrder(store, { companyId: 'A', ordererId: olle.id }, [
          { firstName: 'Per', lastName: `Persson${i}`, email: `per${i}@a.example` },
        ]),
      );
    const asas = await seedOrder(store, { companyId: 'A', ordererId: otto.id }, [
      { firstName: 'Åsa', lastName: 'Östberg', email: 'asa@a.example' },
      { firstName: 'Bo', lastName: 'Ek', email: 'bo@a.example' },
    ]);
    await seedOrder(store, { companyId: 'B', ordererId: otto.id }, [{ firstName: 'Dana', lastName: 'Fors', email: 'dana@b.example' }]);
    await advance(ctx, olles[0]!, 'rejected', { reviewer: { personId: rita.id, tenantId: 't1' }, cardholders: [] });
    const bo = await meet('bo', 'bo@a.example');
    await advance(ctx, asas, 'delivered', { reviewer: { personId: rita.id, tenantId: 't1' }, cardholders: [asa, bo] });

    const search = (q: Partial<Parameters<typeof store.orderBrowse.search>[0]>) =>
      store.orderBrowse.search({ scope: { companyId: 'A' }, sort: 'newest', offset: 0, limit: 25, ...q });
    const numbers = async (q: Partial<Parameters<typeof store.orderBrowse.search>[0]>) =>
      (await search(q)).orders.map((o) => o.order.number);
    expect((await search({})).total).toBe(6);
    expect(await numbers({ scope: { companyId: 'A', ordererId: olle.id }, limit: 2, offset: 1 })).toEqual([
      olles[3]!.number,
      olles[2]!.number,
    ]);
    expect((await search({ scope: { companyId: 'A', ordererId: olle.id }, limit: 2, offset: 1 })).total).toBe(5);
    expect((await search({ scope: { allCompanies: true } })).total).toBe(7);
    for (const text of ['åsa', 'ÖSTBERG', 'Åsa Östberg', 'BO@A.EXAMPLE'])
      expect(await numbers({ text: searchSpellings(text) }), text).toEqual([asas.number]);
    expect(await numbers({ text: searchSpellings(olles[4]!.number.toLowerCase()) })).toEqual([olles[4]!.number]);
    expect(await numbers({ text: searchSpellings('50%') })).toEqual([]);
    expect(await numbers({ states: filterParts('rejected') })).toEqual([olles[0]!.number]);
    expect(await numbers({ states: filterParts('delivered') })).toEqual([asas.number]);
    expect((await search({ states: filterParts('waiting_for_review') })).total).toBe(4);
    expect(await numbers({ states: filterParts('waiting_for_review'), sort: 'oldest', limit: 1 })).toEqual([olles[1]!.number]);
    const cards = await store.orderBrowse.cardsOf(asa.id, 10);
    expect(cards.map((c) => [c.order.number, c.item.firstName, c.item.status])).toEqual([[asas.number, 'Åsa', 'delivered']]);
    expect((await store.people.recent(2)).length).toBe(2);
  });
});
