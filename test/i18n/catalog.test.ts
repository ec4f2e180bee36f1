import { describe, expect, it } from 'vitest';
import { bulk } from '../../src/i18n/catalog/bulk';
import { cart } from '../../src/i18n/catalog/cart';
import { checkout } from '../../src/i18n/catalog/checkout';
import { checkoutSummary } from '../../src/i18n/catalog/checkoutSummary';
import { core } from '../../src/i18n/catalog/core';
import { identity } from '../../src/i18n/catalog/identity';
import { newcard } from '../../src/i18n/catalog/newcard';
import { orders } from '../../src/i18n/catalog/orders';
import { photo } from '../../src/i18n/catalog/photo';
import { upload } from '../../src/i18n/catalog/upload';

const namespaces = { core, newcard, identity, photo, upload, bulk, cart, checkout, checkoutSummary, orders };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it.each(Object.entries(namespaces).filter(([name]) => ['upload', 'bulk', 'cart', 'checkout', 'checkoutSummary', 'orders'].includes(name)))(
    '%s: Swedish for every key, with the same placeholders',
    (_name, ns) => {
      expect(Object.keys(ns.sv).sort()).toEqual(Object.keys(ns.en).sort());
      for (const [key, en] of Object.entries(ns.en as Record<string, string>)) {
        expect(placeholders((ns.sv as Record<string, string>)[key]!), key).toEqual(placeholders(en));
      }
    },
  );

  it('defines every key in one namespace only, so none silently overrides another', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const [name, ns] of Object.entries(namespaces)) {
      for (const key of Object.keys(ns.en)) {
        if (seen.has(key)) duplicates.push(`${key} in ${seen.get(key)} and ${name}`);
        seen.set(key, name);
      }
    }
    expect(duplicates).toEqual([]);
  });
});
