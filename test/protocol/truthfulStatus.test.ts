import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, TeamsUser } from '../support/botHarness';
import { confirmData, ownerOf, seedCart, walkToSummary } from './checkoutHelpers';
import { cardWith, json, startCast, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeAll(async () => {
  cast = await startCast();
});
afterAll(async () => cast.harness.stop());

const BEFORE_REVIEW = "Waiting for the issuer's review; the cardholder gets the request after it";

describe('every status and promise says what is really next', () => {
  it('before the review nobody is told the cardholder has a request; after it, the cardholder is waited for', async () => {
    const { harness, olle, rita } = cast;
    await seedCart(harness, olle, [{ firstName: 'Anna', lastName: 'Berg', email: 'anna.berg@contoso.example' }]);
    const summary = await walkToSummary(olle);
    expect(json(cardOf(summary.sent.at(-1)))).toContain(
      'The card issuer reviews the order first; after that, each cardholder gets a request',
    );
    const confirmed = await olle.click('order.confirm', confirmData(summary));
    const placed = confirmed.texts.join('\n');
    expect(placed).toMatch(/is placed\. Next, the card issuer reviews it; once it is approved, each cardholder gets a request/);
    expect(placed).not.toContain('now gets a request');
    const number = /ID06-\d{4}-\d{6}/.exec(placed)![0];

    const review = await cardWith(harness, rita, `Review order ${number}`);
    expect(json(review.card)).toContain(BEFORE_REVIEW);
    expect(json(review.card)).not.toContain('Waiting for the cardholder');
    const before = json(cardOf((await olle.say(`order ${number}`)).sent[0]));
    expect(before).toContain(BEFORE_REVIEW);
    const swedish = new TeamsUser(harness, { aadObjectId: olle.aadObjectId, locale: 'sv-SE' });
    expect(json(cardOf((await swedish.say(`beställning ${number}`)).sent[0]))).toContain(
      'Väntar på utfärdarens granskning; kortinnehavaren får förfrågan efter den',
    );

    const { orders } = await harness.app.store.orders.listFor(await ownerOf(harness, olle), 1);
    await rita.click('review.decide', { orderId: orders[0]!.order.id, decision: 'approve' }, review.call.activityId);
    const after = json(cardOf((await olle.say(`order ${number}`)).sent[0]));
    expect(after).toContain('Waiting for the cardholder');
    expect(after).not.toContain(BEFORE_REVIEW);
  });
});
