import { describe, expect, it } from 'vitest';
import { translator } from '../../../i18n';
import type { Order } from '../../../store/ports';
import { orderFacts } from './orderFacts';

const address = { name: 'Demo Bygg AB', careOf: 'Olle', street: 'Storgatan 1', postalCode: '113 21', city: 'Stockholm' };
const order = {
  deliveryKind: 'address',
  deliveryTitle: 'Standard',
  deliveryAddress: address,
  recipients: [
    { name: 'Olle Orderer', mobile: '+46701234567' },
    { name: 'Site office', mobile: '' },
  ],
  expenseCode: 'KST 4711',
  pricePerCardOre: 45_000,
  netOre: 90_000,
  vatOre: 22_500,
  grossOre: 112_500,
} as unknown as Order;

describe('orderFacts', () => {
  it.each([
    [
      'en',
      [
        ['Delivery', 'Standard'],
        ['Delivery address', 'Demo Bygg AB, c/o Olle, Storgatan 1, 113 21 Stockholm'],
        ['Recipients', 'Olle Orderer (+46701234567), Site office'],
        ['Expense code', 'KST 4711'],
        ['Price per card (excl. VAT)', 'SEK 450.00'],
        ['Total excl. VAT', 'SEK 900.00'],
        ['Total incl. VAT', 'SEK 1,125.00'],
      ],
    ],
    [
      'sv',
      [
        ['Leverans', 'Standard'],
        ['Leveransadress', 'Demo Bygg AB, c/o Olle, Storgatan 1, 113 21 Stockholm'],
        ['Mottagare', 'Olle Orderer (+46701234567), Site office'],
        ['Referens', 'KST 4711'],
        ['Pris per kort (exkl. moms)', '450,00 kr'],
        ['Summa exkl. moms', '900,00 kr'],
        ['Summa inkl. moms', '1 125,00 kr'],
      ],
    ],
  ] as const)('states what was ordered (%s)', (locale, expected) => {
    expect(orderFacts(translator(locale), order, locale).map((f) => [f.title, f.value])).toEqual(expected);
  });

  it('leaves out what the order does not have: a pick-up has no address, no code, no recipients, no price recorded', () => {
    const pickup: Order = {
      ...order,
      deliveryKind: 'pickup',
      deliveryTitle: 'Pick-up',
      deliveryAddress: null,
      recipients: [],
      expenseCode: null,
    };
    expect(orderFacts(translator('en'), pickup, 'en').map((f) => f.title)).toEqual([
      'Delivery',
      'Price per card (excl. VAT)',
      'Total excl. VAT',
      'Total incl. VAT',
    ]);
    const old = { ...pickup, pricePerCardOre: 0, netOre: 0, vatOre: 0, grossOre: 0 };
    expect(orderFacts(translator('sv'), old, 'sv')).toEqual([{ title: 'Leverans', value: 'Pick-up' }]);
  });
});
