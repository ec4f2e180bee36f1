import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TeamsUser, TENANT, type Harness } from '../support/botHarness';

// Short deadlines so the test is quick; production defaults are 15 s and 4 s (measured in the closing note).
const TURN_CALL_TIMEOUT_MS = 2_000;
const PROFILE_FETCH_TIMEOUT_MS = 800;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    REVIEWER_EMAILS: 'ada.admin@contoso.example',
    TURN_CALL_TIMEOUT_MS: String(TURN_CALL_TIMEOUT_MS),
    PROFILE_FETCH_TIMEOUT_MS: String(PROFILE_FETCH_TIMEOUT_MS),
  });
});
afterAll(async () => harness.stop());

describe('a Bot Connector that stops answering', () => {
  it('ends the stuck turn, and the chat’s next turn runs once the connector is back', async () => {
    const olle = new TeamsUser(harness);
    await olle.say('help');
    const stall = harness.connector.stall('reply', 'update');
    const stuck = olle.say('new card');
    await stall.whenHeld(1);
    // Queued behind the stuck turn of the same chat.
    const queued = olle.say('help');
    const ended = await stuck;
    expect(ended.status).toBe(200);
    expect(harness.logs.text).toContain('"event":"turn.connector_timeout"');
    // The connector recovers: the queued turn is answered; no apology was attempted into the dead connector.
    stall.release();
    const next = await queued;
    expect(next.status).toBe(200);
    expect(next.texts.join('\n')).toMatch(/new card/i);
    expect(harness.logs.text).not.toContain('"event":"turn.failed"');
  });

  it('a turn whose connector answers 503 for ever gives up with the retries inside the deadline', async () => {
    const eva = new TeamsUser(harness);
    await eva.say('help');
    for (let i = 0; i < 10; i++) harness.connector.failures.push({ status: 503, conversationId: eva.conversationId });
    const turn = await eva.say('new card');
    expect(turn.status).toBe(200);
    harness.connector.failures.length = 0;
    expect((await eva.say('help')).texts.join('\n')).toMatch(/new card/i);
  });

  it('first contact with a stuck profile fetch: answered without it, marked not fetched, fetched on the next turn', async () => {
    const stall = harness.connector.stall('member');
    const ada = new TeamsUser(harness, { email: 'Ada.Admin@Contoso.example' });
    const first = await ada.say('help');
    expect(first.status).toBe(200);
    expect(first.texts.join('\n')).toMatch(/new card/i);
    const before = await harness.app.store.people.findByAad(TENANT, ada.aadObjectId);
    expect(before).toMatchObject({ email: null, profileFetchedAt: null });
    // Meanwhile an action that depends on the e-mail (she reviews by e-mail) says why it cannot work yet.
    const refused = await ada.click('review.decide', { orderId: 'any-order', decision: 'approve' });
    expect(JSON.stringify(refused.body)).toContain('could not read your Teams profile yet');
    stall.release();
    await ada.say('help');
    const after = await harness.app.store.people.findByAad(TENANT, ada.aadObjectId);
    expect(after?.email).toBe('ada.admin@contoso.example');
    expect(after?.profileFetchedAt).not.toBeNull();
  });
});
