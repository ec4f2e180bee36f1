import { beforeEach, expect, it } from 'vitest';
import { cartEntries } from '../../src/store/cartVersion';
import type { CartItemInput, CartOwner, OrderItem, Store } from '../../src/store/ports';
import { maskIdentity } from '../../src/domain/identity/mask';
import type { IdentityScheme } from '../../src/domain/identity/types';
import { cutoffsAt, DEFAULT_RETENTION } from '../../src/services/retention/policy';
import { describeStore } from '../support/stores';
import { placementOf } from '../support/placeOrder';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-05T10:00:00Z');
const mask = (n: string, s: string) => maskIdentity(n, s as IdentityScheme);
const jpeg = (tag: string) => ({ jpeg: Buffer.from(`jpeg-${tag}`), thumbnail: Buffer.from(`thumb-${tag}`), findings: [] });
const cardholder = (firstName: string, photoId: string | null): CartItemInput => ({
  firstName,
  lastName: 'Berg',
  nationality: 'SE',
  identityScheme: 'se-personnummer',
  identityNumber: '199001011239',
  coordinationNumber: '199001611236',
  dateOfBirth: '1990-01-01',
  email: `${firstName.toLowerCase()}@example.com`,
  mobile: '+46701234567',
  cardType: 'standard',
  hasBankId: true,
  manualIdVerification: false,
  photoId,
});

describeStore('retention purge', (backend) => {
  let clock = new Date(T0);
  let store: Store;
  let owner: CartOwner;
  let items: OrderItem[];
  const ids: Record<string, string> = {};
  const at = (ms: number) => (clock = new Date(T0 + ms));
  const purge = () => store.retention.purge(cutoffsAt(clock, DEFAULT_RETENTION), mask);
  const photoExists = async (name: string) => (await store.photos.get(ids[name]!)) !== undefined;

  beforeEach(async () => {
    at(0);
    store = await backend.open(() => clock);
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'orderer' });
    const company = await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: null });
    owner = { companyId: company.id, ordererId: person.id };
    for (const name of ['delivered', 'cancelled', 'open', 'cart', 'orphan', 'pendingImport'])
      ids[name] = (await store.photos.save({ ownerPersonId: person.id, ...jpeg(name) })).id;
    for (const name of ['delivered', 'cancelled', 'open']) await store.cart.add(owner, cardholder(name, ids[name]!));
    const checkout = await store.checkouts.open(owner);
    await store.checkouts.recordSummary(owner, checkout.id, cartEntries(await store.cart.list(owner)));
    const placed = await store.orders.place(await placementOf(store, owner, checkout.id, { at: clock }));
    if (placed.kind !== 'placed') throw new Error(placed.kind);
    items = await store.orders.items(placed.order.id);
    const move = (item: OrderItem, status: 'delivered' | 'cancelled') =>
      store.lifecycle.apply({ items: [{ itemId: item.id, from: ['awaiting_cardholder'], set: { status } }] }, {});
    await move(items[0]!, 'delivered');
    await move(items[1]!, 'cancelled');
    await store.cart.add(owner, cardholder('Cart', ids.cart!));
    await store.botState.write({ 'conv-1': { draft: { firstName: 'Anna' } } });
    await store.uploads.issue({
      id: 'used',
      personId: person.id,
      tenantId: 't1',
      conversationId: 'c1',
      purpose: 'cardholder-photo',
      locale: 'en-US',
      expiresAt: new Date(T0 + DAY),
    });
    await store.uploads.consume('used', clock);
    at(1.5 * DAY);
    await store.imports.create({
      companyId: company.id,
      ordererId: person.id,
      fileName: 'people.zip',
      totalRows: 1,
      readyRows: [cardholder('Imported', ids.pendingImport!)],
      problems: [],
      report: null,
    });
    await store.uploads.issue({
      id: 'fresh',
      personId: person.id,
      tenantId: 't1',
      conversationId: 'c1',
      purpose: 'import',
      locale: 'en-US',
      expiresAt: new Date(T0 + 2 * DAY + 15 * 60_000),
    });
  });

  it('after a day removes only orphans: the unreferenced photo and the used upload link', async () => {
    at(2 * DAY);
    expect(await purge()).toEqual({
      deliveredPhotos: 0,
      endedItems: 0,
      deliveredNumbers: 0,
      dialogStates: 0,
      orphanPhotos: 1,
      importJobs: 0,
      uploadTokens: 1,
      exportRequests: 0,
    });
    expect(await photoExists('orphan')).toBe(false);
    for (const kept of ['delivered', 'cancelled', 'open', 'cart', 'pendingImport']) expect(await photoExists(kept), kept).toBe(true);
    expect(await store.uploads.get('used')).toBeUndefined();
    expect(await store.uploads.get('fresh')).toBeDefined();
    expect(Object.keys(await store.botState.read(['conv-1']))).toEqual(['conv-1']);
  });

  it('after 90 days (across a restart) erases the delivered photo, the cancelled item’s numbers and photo, dialog state and the import; keeps the rest', async () => {
    at(91 * DAY);
    store = await backend.reopen(() => clock);
    expect(await purge()).toEqual({
      deliveredPhotos: 1,
      endedItems: 1,
      deliveredNumbers: 0,
      dialogStates: 1,
      orphanPhotos: 2,
      importJobs: 1,
      uploadTokens: 2,
      exportRequests: 0,
    });
    const after = await store.orders.items(items[0]!.orderId);
    const [delivered, cancelled, open] = after;
    expect(await photoExists('delivered')).toBe(false);
    expect(await photoExists('cancelled')).toBe(false);
    expect(await photoExists('open')).toBe(true);
    expect(await photoExists('cart')).toBe(true);
    expect(await photoExists('pendingImport')).toBe(false);
    expect(delivered).toMatchObject({ identityNumber: '199001011239', identityErasedAt: null, photoErasedAt: clock });
    // The order keeps names, statuses and the masked number; the full numbers are gone.
    expect(cancelled).toMatchObject({
      firstName: 'cancelled',
      status: 'cancelled',
      identityNumber: '19900101-****',
      coordinationNumber: '19900161-****',
      identityErasedAt: clock,
      photoErasedAt: clock,
    });
    expect(open).toMatchObject({ identityNumber: '199001011239', identityErasedAt: null, photoErasedAt: null });
    expect(await store.botState.read(['conv-1'])).toEqual({});
    expect(await store.orders.openCardholders(owner.companyId)).toHaveLength(1);
    // Nothing left to do at the same instant.
    expect(Object.values(await purge()).every((n) => n === 0)).toBe(true);
  });

  it('erases a delivered card’s numbers once the card counts as ended plus 90 days', async () => {
    at((DEFAULT_RETENTION.cardInUseDays + 89) * DAY);
    expect((await purge()).deliveredNumbers).toBe(0);
    at((DEFAULT_RETENTION.cardInUseDays + 91) * DAY);
    expect((await purge()).deliveredNumbers).toBe(1);
    expect((await store.orders.items(items[0]!.orderId))[0]).toMatchObject({
      identityNumber: '19900101-****',
      status: 'delivered',
      firstName: 'delivered',
    });
  });
});
