import { beforeEach, expect, it } from 'vitest';
import type { Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';

const option = (id: string, sortOrder: number, kind: 'address' | 'pickup' = 'address') => ({
  id,
  kind,
  title: { en: `T ${id}`, sv: `T ${id}` },
  description: { en: `D ${id}`, sv: `D ${id}` },
  sortOrder,
});
const address = (street: string) => ({ name: 'Bygg AB', careOf: null, street, postalCode: '113 21', city: 'Stockholm' });

describeStore('the checkout offer (settings, options and addresses in two reads)', (backend) => {
  let store: Store;
  let companyId: string;
  let clock = Date.parse('2026-03-05T10:00:00Z');
  beforeEach(async () => {
    store = await backend.open(() => new Date(clock++));
    companyId = (await store.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: null })).id;
  });

  it('reads the same as the single reads: active options in display order, addresses of both purposes', async () => {
    await store.settings.ensure({ companyId, pricePerCardOre: 19900, vatRatePercent: 25, terms: { en: 'T', sv: 'V' }, termsVersion: 'v1' });
    await store.settings.ensureDeliveryOption({ companyId, ...option('b', 2) });
    await store.settings.ensureDeliveryOption({ companyId, ...option('a', 1, 'pickup') });
    await store.settings.addAddress(companyId, 'invoice', address('Fakturagatan 1'));
    await store.settings.addAddress(companyId, 'delivery', address('Sveavägen 44'));
    await store.settings.addAddress(companyId, 'delivery', address('Torsgatan 30'));
    const other = (await store.companies.create({ tenantId: 't1', name: 'Annat AB', orgNumber: null })).id;
    await store.settings.addAddress(other, 'delivery', address('Elsewhere 1'));

    const offer = await store.settings.checkoutOffer(companyId);
    expect(offer.settings).toEqual(await store.settings.get(companyId));
    expect(offer.deliveryOptions).toEqual(await store.settings.deliveryOptions(companyId));
    expect(offer.deliveryOptions.map((o) => o.id)).toEqual(['a', 'b']);
    expect(offer.addresses.filter((a) => a.purpose === 'delivery')).toEqual(await store.settings.addresses(companyId, 'delivery'));
    expect(offer.addresses.filter((a) => a.purpose === 'invoice')).toEqual(await store.settings.addresses(companyId, 'invoice'));
    expect(offer.addresses.map((a) => a.street)).not.toContain('Elsewhere 1');
  });

  it('has no settings for a company without them, and settings without options when none is active', async () => {
    expect(await store.settings.checkoutOffer(companyId)).toEqual({ settings: undefined, deliveryOptions: [], addresses: [] });
    await store.settings.ensure({ companyId, pricePerCardOre: 100, vatRatePercent: 25, terms: { en: 'T', sv: 'V' }, termsVersion: 'v1' });
    const offer = await store.settings.checkoutOffer(companyId);
    expect(offer.settings?.pricePerCardOre).toBe(100);
    expect(offer.deliveryOptions).toEqual([]);
  });
});
