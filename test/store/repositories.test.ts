import { beforeEach, expect, it } from 'vitest';
import type { Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';
import { cardholderInput } from '../support/cardholderInput';

const item = cardholderInput;

describeStore('repositories', (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });

  it('creates a person on first sight and reports it, then refreshes without duplicating', async () => {
    const first = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a1', name: 'Eva', locale: 'sv-SE' });
    expect(first.created).toBe(true);
    const again = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a1', name: 'Eva L' });
    expect(again.created).toBe(false);
    expect(again.person.id).toBe(first.person.id);
    expect(again.person.name).toBe('Eva L');
    expect(again.person.locale).toBe('sv-SE');
    const other = await store.people.upsertSeen({ tenantId: 't2', aadObjectId: 'a1' });
    expect(other.created).toBe(true);
  });

  it('stores a lower-cased e-mail from the member profile', async () => {
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a1' });
    await store.people.updateProfile(person.id, { email: 'Eva@Example.COM', upn: 'eva@example.com' });
    const read = await store.people.get(person.id);
    expect(read?.email).toBe('eva@example.com');
    expect(read?.profileFetchedAt).toBeInstanceOf(Date);
  });

  it('upserts one conversation reference per person and conversation', async () => {
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a1' });
    const ref = {
      conversationId: 'c1',
      personId: person.id,
      tenantId: 't1',
      conversationType: 'personal',
      serviceUrl: 'https://a/',
      reference: { x: 1 },
    };
    await store.conversations.upsert(ref);
    await store.conversations.upsert({ ...ref, serviceUrl: 'https://b/' });
    expect((await store.conversations.findPersonal(person.id))?.serviceUrl).toBe('https://b/');
    await store.conversations.upsert({ ...ref, personId: null, conversationType: 'channel' });
    expect((await store.conversations.get('c1', null))?.conversationType).toBe('channel');
  });

  it('keeps carts per orderer and company and enforces ownership on removal', async () => {
    const { person: a } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a' });
    const { person: b } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'b' });
    const company = await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: null });
    const ownerA = { companyId: company.id, ordererId: a.id };
    const ownerB = { companyId: company.id, ordererId: b.id };
    const { cartSize } = await store.cart.add(ownerA, item());
    expect(cartSize).toBe(1);
    const second = await store.cart.add(ownerA, item({ firstName: 'Bo' }));
    expect(second.cartSize).toBe(2);
    expect(await store.cart.count(ownerB)).toBe(0);
    expect(await store.cart.remove(ownerB, second.item.id)).toBe(false);
    expect(await store.cart.remove(ownerA, second.item.id)).toBe(true);
    expect((await store.cart.list(ownerA)).map((i) => i.firstName)).toEqual(['Anna']);
  });

  it('refuses a cart item for an unknown company (foreign keys are on)', async () => {
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a' });
    const err = (await store.cart.add({ companyId: 'nope', ordererId: person.id }, item()).catch((e: Error) => e)) as Error & {
      cause?: Error;
    };
    // SQLite says "FOREIGN KEY constraint failed"; PostgreSQL "... violates foreign key constraint ..." (drizzle wraps it as the cause).
    expect(`${err.message} ${err.cause?.message ?? ''}`).toMatch(/foreign key/i);
  });

  it('lists roles with their company', async () => {
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a' });
    const company = await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: '556000-0000' });
    await store.companies.grant(company.id, person.id, 'orderer');
    await store.companies.grant(company.id, person.id, 'orderer');
    expect(await store.companies.rolesOf(person.id)).toEqual([{ company, role: 'orderer' }]);
  });
});
