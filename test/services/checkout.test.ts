import { beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import type { Actor, ServiceContext } from '../../src/services/context';
import { SettingsMissingError, ValidationFailedError } from '../../src/services/errors';
import { confirmCheckout, type PlaceOrderRequest } from '../../src/services/checkout/confirmCheckout';
import { startCheckout } from '../../src/services/checkout/startCheckout';
import { summariseCheckout } from '../../src/services/checkout/summariseCheckout';
import { DEMO_COMPANY_ID, ensureLocalOrderer } from '../../src/services/people/seedLocal';
import { DEMO_TERMS_VERSION } from '../../src/services/settings/seedDemo';
import type { CartItemInput, Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';
import { drawnPortrait } from '../support/faces';
import { cardholderInput } from '../support/cardholderInput';

const cardholder = cardholderInput;

describeStore('checkout use cases', (backend) => {
  let store: Store;
  let ctx: ServiceContext;
  let actor: Actor;
  beforeEach(async () => {
    store = await backend.open();
    ctx = { store, now: () => new Date('2026-03-05T10:00:00Z'), log: createLogger('silent'), faces: drawnPortrait() };
    const { person } = await store.people.upsertSeen({ tenantId: 'local-tenant', aadObjectId: 'orderer' });
    actor = { personId: person.id, tenantId: 'local-tenant' };
    await ensureLocalOrderer({ ctx, personId: person.id, tenantId: 'local-tenant' });
  });

  async function readyCheckout(items: Partial<CartItemInput>[] = [{}]): Promise<string> {
    const owner = { companyId: DEMO_COMPANY_ID, ordererId: actor.personId };
    for (const over of items) {
      const photo = await store.photos.save({
        ownerPersonId: actor.personId,
        jpeg: Buffer.from('j'),
        thumbnail: Buffer.from('t'),
        findings: [],
      });
      await store.cart.add(owner, cardholder({ photoId: photo.id, ...over }));
    }
    const started = await startCheckout({ ctx, actor });
    if (started.kind !== 'started') throw new Error('cart empty');
    await summariseCheckout({ ctx, actor, input: { checkoutId: started.checkoutId } });
    return started.checkoutId;
  }
  const request = (checkoutId: string, over: Partial<PlaceOrderRequest> = {}): PlaceOrderRequest => ({
    checkoutId,
    deliveryOptionId: `${DEMO_COMPANY_ID}:standard`,
    saveAddress: false,
    expenseCode: null,
    invoiceAddressId: `${DEMO_COMPANY_ID}:invoice-1`,
    deliveryAddress: { name: 'Demo Bygg AB', careOf: null, street: 'Torsgatan 30', postalCode: '113 21', city: 'Stockholm' },
    recipients: [{ name: 'Olle Orderer', mobile: '+46701234567' }],
    acceptedTermsVersion: DEMO_TERMS_VERSION,
    ...over,
  });

  /** The outcome of a Confirm click (its summary is checked where it matters). */
  const placeOrder = async (args: Parameters<typeof confirmCheckout>[0]) => (await confirmCheckout(args)).outcome;

  it('returns the summary as confirmed (the cart before placing) beside the outcome, for the reply to redraw', async () => {
    const { outcome, summary } = await confirmCheckout({ ctx, actor, input: request(await readyCheckout([{}, { firstName: 'Bo' }])) });
    expect(outcome.kind).toBe('placed');
    expect(summary?.cart.lines.map((l) => l.item.firstName)).toEqual(['Anna', 'Bo']);
    expect(summary?.totals).toMatchObject({ cardCount: 2, grossOre: 49750 });
    expect(summary?.options.settings.termsVersion).toBe(DEMO_TERMS_VERSION);
    expect(await store.cart.count({ companyId: DEMO_COMPANY_ID, ordererId: actor.personId })).toBe(0);
  });

  it('delivers to a saved address named by its id, and calls a removed one a settings change', async () => {
    const saved = await store.settings.addAddress(DEMO_COMPANY_ID, 'delivery', {
      name: 'Site 9',
      careOf: null,
      street: 'Byggvägen 9',
      postalCode: '114 33',
      city: 'Stockholm',
    });
    const gone = await readyCheckout();
    expect(await placeOrder({ ctx, actor, input: request(gone, { deliveryAddress: { savedId: 'no-such-address' } }) })).toEqual({
      kind: 'settings_changed',
    });
    const result = await placeOrder({ ctx, actor, input: request(gone, { deliveryAddress: { savedId: saved.id } }) });
    expect(result.kind).toBe('placed');
    if (result.kind === 'placed') expect(result.order.deliveryAddress).toMatchObject({ street: 'Byggvägen 9', postalCode: '114 33' });
  });

  it('places an order numbered for the Swedish year with the company price and 25 % VAT', async () => {
    const result = await placeOrder({ ctx, actor, input: request(await readyCheckout([{}, {}])) });
    expect(result.kind).toBe('placed');
    if (result.kind === 'placed')
      expect(result.order).toMatchObject({
        number: 'ID06-2026-000001',
        itemCount: 2,
        pricePerCardOre: 19900,
        netOre: 39800,
        vatOre: 9950,
        grossOre: 49750,
      });
  });

  it('refuses terms that were not accepted (or an older version of them)', async () => {
    const checkoutId = await readyCheckout();
    expect((await placeOrder({ ctx, actor, input: request(checkoutId, { acceptedTermsVersion: 'old-terms' }) })).kind).toBe(
      'terms_changed',
    );
    await expect(placeOrder({ ctx, actor, input: request(checkoutId, { acceptedTermsVersion: '' }) })).rejects.toBeInstanceOf(
      ValidationFailedError,
    );
    expect((await store.orders.listFor({ companyId: DEMO_COMPANY_ID, ordererId: actor.personId }, 5)).total).toBe(0);
  });

  it.each<[string, Partial<PlaceOrderRequest>]>([
    ['no recipient', { recipients: [] }],
    ['six recipients', { recipients: Array.from({ length: 6 }, () => ({ name: 'A', mobile: '+46701234567' })) }],
    ['a mobile not in E.164', { recipients: [{ name: 'A', mobile: '070-123' }] }],
    ['an expense code of 31 characters', { expenseCode: 'x'.repeat(31) }],
    ['a postal code without the space', { deliveryAddress: { name: 'A', careOf: null, street: 'B 1', postalCode: '11321', city: 'C' } }],
    ['no address for delivery to an address', { deliveryAddress: null }],
  ])('refuses %s', async (_name, over) => {
    const checkoutId = await readyCheckout();
    await expect(placeOrder({ ctx, actor, input: request(checkoutId, over) })).rejects.toBeInstanceOf(ValidationFailedError);
  });

  it("refuses delivery options and invoice addresses that are not the company's", async () => {
    const checkoutId = await readyCheckout();
    expect((await placeOrder({ ctx, actor, input: request(checkoutId, { deliveryOptionId: 'other-company:standard' }) })).kind).toBe(
      'settings_changed',
    );
    expect((await placeOrder({ ctx, actor, input: request(checkoutId, { invoiceAddressId: 'other-company:invoice-1' }) })).kind).toBe(
      'settings_changed',
    );
  });

  it('refuses a cart with a cardholder whose photo is missing or was refused', async () => {
    const checkoutId = await readyCheckout([{}, { photoId: null }]);
    const result = await placeOrder({ ctx, actor, input: request(checkoutId) });
    expect(result.kind).toBe('blocked');
    const refused = await readyCheckout([{ photoFailure: { code: 'too_small', params: {} } }]);
    expect((await placeOrder({ ctx, actor, input: request(refused) })).kind).toBe('blocked');
  });

  it("does not let another orderer confirm someone else's checkout", async () => {
    const checkoutId = await readyCheckout();
    const { person: other } = await store.people.upsertSeen({ tenantId: 'local-tenant', aadObjectId: 'other' });
    await ensureLocalOrderer({ ctx, personId: other.id, tenantId: 'local-tenant' });
    expect((await placeOrder({ ctx, actor: { personId: other.id, tenantId: 'local-tenant' }, input: request(checkoutId) })).kind).toBe(
      'not_open',
    );
  });

  it('needs company settings before a checkout can start, and seeding twice adds nothing twice', async () => {
    await ensureLocalOrderer({ ctx, personId: actor.personId, tenantId: 'local-tenant' });
    expect(await store.settings.addresses(DEMO_COMPANY_ID, 'invoice')).toHaveLength(2);
    expect(await store.settings.deliveryOptions(DEMO_COMPANY_ID)).toHaveLength(2);
    const bare = await store.companies.create({ tenantId: 'local-tenant', name: 'Ny AB', orgNumber: null });
    const { person } = await store.people.upsertSeen({ tenantId: 'local-tenant', aadObjectId: 'new-orderer' });
    await store.companies.grant(bare.id, person.id, 'orderer');
    await expect(startCheckout({ ctx, actor: { personId: person.id, tenantId: 'local-tenant' } })).rejects.toBeInstanceOf(
      SettingsMissingError,
    );
  });
  it('lets a bulk import flag a cardholder who is already on an order under way', async () => {
    const placed = await placeOrder({ ctx, actor, input: request(await readyCheckout()) });
    expect(placed.kind).toBe('placed');
    const { makeXlsx } = await import('../import/helpers');
    const { checkImport } = await import('../../src/services/import/checkImport');
    const sheet = await makeXlsx([
      ['first_name', 'last_name', 'nationality', 'national_identity_number', 'email', 'mobile'],
      ['Anna', 'Berg', 'SE', '19900101-1239', 'anna@example.com', '0701234567'],
    ]);
    const result = await checkImport({ ctx, actor, input: { bytes: sheet, fileName: 'again.xlsx', locale: 'en' } });
    expect(result.ready).toBe(0);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'duplicate_in_order', message: expect.stringContaining('ID06-2026-000001') }),
    ]);
  });
});
