import { describe, expect, it } from 'vitest';
import { bulk } from './catalog/bulk';
import { cart } from './catalog/cart';
import { checkout } from './catalog/checkout';
import { checkoutSummary } from './catalog/checkoutSummary';
import { core } from './catalog/core';
import { identity } from './catalog/identity';
import { newcard } from './catalog/newcard';
import { orders } from './catalog/orders';
import { photo } from './catalog/photo';
import { upload } from './catalog/upload';
import { placeholdersOf, type Message } from './define';

const namespaces = { core, newcard, identity, photo, upload, bulk, cart, checkout, checkoutSummary, orders };
const placeholders = placeholdersOf;

describe('message catalogue', () => {
  it.each(
    Object.entries(namespaces).filter(([name]) => ['upload', 'bulk', 'cart', 'checkout', 'checkoutSummary', 'orders'].includes(name)),
  )('%s: Swedish for every key, with the same placeholders', (_name, ns) => {
    expect(Object.keys(ns.sv).sort()).toEqual(Object.keys(ns.en).sort());
    for (const [key, en] of Object.entries(ns.en as Record<string, Message>)) {
      expect(placeholders((ns.sv as Record<string, Message>)[key]!), key).toEqual(placeholders(en));
    }
  });

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
