import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardOf, TeamsUser } from '../support/botHarness';
import { invokeCard, invokeText } from './checkoutHelpers';
import { json, placeOrderFor, startCast, until, type Cast } from './lifecycleHelpers';

const REVIEW_CHANNEL = '19:issuer-review@thread.tacv2';
let cast: Cast;
beforeEach(async () => {
  cast = await startCast({ REVIEWER_EMAILS: '', REVIEW_CHANNEL_ID: REVIEW_CHANNEL });
});
afterEach(async () => cast.harness.stop());

describe('the review channel', () => {
  it('gets the review card as a new post; whoever acts in the channel reviews, the same person in a 1:1 chat does not', async () => {
    const { harness, maja, anna } = cast;
    const inChannel = new TeamsUser(harness, {
      aadObjectId: maja.aadObjectId,
      name: 'Maja Manager',
      email: 'maja@contoso.example',
      conversationId: `${REVIEW_CHANNEL};messageid=1700000000001`,
      conversationType: 'channel',
    });
    await inChannel.say('hello desk');
    await anna.say('hi');
    const { orderId, number } = await placeOrderFor(cast);
    let post: any;
    await until(harness, () => !!(post = harness.connector.calls.find((c) => c.kind === 'send' && c.conversationId === REVIEW_CHANNEL)));
    const card = cardOf(post);
    expect(json(card)).toContain(`Review order ${number}`);

    expect(invokeText(await maja.click('review.decide', { orderId, decision: 'approve' }))).toContain('sent something I could not read');
    const approved = await inChannel.click('review.decide', { orderId, decision: 'approve' }, post.activityId);
    expect(json(invokeCard(approved))).toContain('Approved');
    await until(harness, () =>
      harness.connector.calls.some((c) => c.kind === 'update' && c.conversationId === REVIEW_CHANNEL && c.activityId === post.activityId),
    );
  });
});
