import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSaid, cardOf, startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { confirmData, seedCart, walkToSummary } from './checkoutHelpers';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

const all = allSaid;

describe.each([
  {
    locale: 'en-US',
    start: 'new card',
    one: ['1 order.', '1 card'],
    not: ['1 orders', 'card(s)'],
    tries: ['That was 3 tries', 'That was 4 tries'],
  },
  {
    locale: 'sv-SE',
    start: 'nytt kort',
    one: ['1 beställning.', '1 kort'],
    not: ['1 beställningar'],
    tries: ['Det var 3 försök', 'Det var 4 försök'],
  },
])('counts in the right grammatical number ($locale)', ({ locale, start, one, not, tries }) => {
  it(`lists one order as ${one.join(' / ')}`, async () => {
    const orderer = new TeamsUser(harness);
    await seedCart(harness, orderer, [{}]);
    await orderer.click('order.confirm', confirmData(await walkToSummary(orderer)));
    // The same person in a client with the other language.
    const same = new TeamsUser(harness, { locale, aadObjectId: orderer.aadObjectId, conversationId: orderer.conversationId });
    const list = JSON.stringify(cardOf((await same.say('orders')).sent.find((c) => c.kind === 'reply')));
    for (const text of one) expect(list).toContain(text);
    for (const text of not) expect(list).not.toContain(text);
  });

  it(`counts the misses on: "${tries[0]}", then "${tries[1]}", never "the third try" again`, async () => {
    const user = new TeamsUser(harness, { locale });
    await user.say(start);
    await user.say('1');
    await user.say('2');
    expect(all(await user.say('3'))).toContain(tries[0]);
    expect(all(await user.say('4'))).toContain(tries[1]);
  });
});
