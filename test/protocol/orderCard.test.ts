import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAddress } from '../../src/domain/checkout/address';
import { formatSek } from '../../src/domain/checkout/money';
import { cardOf, TeamsUser } from '../support/botHarness';
import { cardProblems } from '../support/validateCard';
import { placeOrderFor, startCast, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

type Fact = { title: string; value: string };
const factsOf = (card: any): Fact[] => card.body.find((b: { type: string }) => b.type === 'FactSet')?.facts ?? [];

describe.each([
  {
    locale: 'en-US',
    money: 'en' as const,
    labels: [
      'Delivery',
      'Delivery address',
      'Recipients',
      'Expense code',
      'Price per card (excl. VAT)',
      'Total excl. VAT',
      'Total incl. VAT',
    ],
  },
  {
    locale: 'sv-SE',
    money: 'sv' as const,
    labels: ['Leverans', 'Leveransadress', 'Mottagare', 'Referens', 'Pris per kort (exkl. moms)', 'Summa exkl. moms', 'Summa inkl. moms'],
  },
])('the order’s card says what was ordered ($locale)', ({ locale, money, labels }) => {
  it('delivery, address, recipients, expense code, the price per card and the totals', async () => {
    const { number } = await placeOrderFor(cast);
    const order = (await cast.harness.app.store.orders.byNumber(number))!;
    expect(order.grossOre).toBeGreaterThan(0);
    const olle = new TeamsUser(cast.harness, { ...cast.olle.opts, aadObjectId: cast.olle.aadObjectId, locale });
    const card = cardOf((await olle.say(`order ${number}`)).sent.find((c) => c.kind === 'reply'));
    expect(cardProblems(card)).toEqual([]);
    const recipient = order.recipients[0]!;
    expect(factsOf(card)).toEqual([
      { title: labels[0], value: order.deliveryTitle },
      { title: labels[1], value: formatAddress(order.deliveryAddress!) },
      { title: labels[2], value: `${recipient.name} (${recipient.mobile})` },
      { title: labels[3], value: 'KST 4711' },
      { title: labels[4], value: formatSek(order.pricePerCardOre, money) },
      { title: labels[5], value: formatSek(order.netOre, money) },
      { title: labels[6], value: formatSek(order.grossOre, money) },
    ]);
    // Two cards: the totals are the price per card twice, plus VAT.
    expect(order.netOre).toBe(2 * order.pricePerCardOre);
    expect(JSON.stringify(card)).toMatch(money === 'en' ? /SEK \d/ : /\d,\d\d kr/);
  });
});
