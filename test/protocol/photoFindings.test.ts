import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portraitJpeg } from '../photos/fixtures';
import { actionData, cardOf, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';
import { isSummaryIn, photoQuestion, reachPhotoStep, waitForCall } from '../support/photoFlow';
import { cardProblems } from '../support/validateCard';

let harness: Harness;
let good: Buffer;
let dark: Buffer;

beforeAll(async () => {
  harness = await startHarness();
  [good, dark] = await Promise.all([portraitJpeg(), portraitJpeg({ background: '#5a5048' })]);
});
afterAll(async () => harness.stop());

let files = 0;
function sendPhoto(user: TeamsUser, bytes: Buffer): Promise<TurnResult> {
  const url = harness.connector.addFile(`photo-${++files}.jpg`, bytes);
  return user.sendAttachment({
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    name: 'photo.jpg',
    content: { downloadUrl: url, fileType: 'jpg' },
  });
}

const lastCard = (turn: TurnResult) => cardOf(turn.sent.at(-1));
const isFindingsCard = (card: any) => JSON.stringify(card ?? {}).includes('may not meet the card requirements');

/** Up to the findings question for a photo with a dark background. */
async function reachFindings(): Promise<{ user: TeamsUser; card: any }> {
  const user = new TeamsUser(harness);
  await reachPhotoStep(user);
  const turn = await sendPhoto(user, dark);
  return { user, card: lastCard(turn) };
}

describe('a photo with soft findings', () => {
  it('is shown with its advice, its thumbnail and Use anyway / Try another', async () => {
    const { card } = await reachFindings();
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('Photo received, but it may not meet the card requirements');
    expect(text).toContain('The background is dark. Use a light, plain background');
    expect(text).toMatch(/\/photos\/[^"]+\/thumb\?exp=\d+&sig=/);
    expect(card.actions.map((a: any) => a.title)).toEqual(['Use anyway', 'Try another']);
  });

  it('"Use anyway" (button) keeps the photo and moves on to the summary, which repeats the advice', async () => {
    const { user, card } = await reachFindings();
    const used = await user.click('dialog.answer', actionData(card, { title: 'Use anyway' }));
    expect(used.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(used.body.value.actions ?? []).toEqual([]);
    expect(cardProblems(used.body.value)).toEqual([]);
    const summary = lastCard(used);
    expect(JSON.stringify(summary)).toContain('Check the cardholder');
    expect(JSON.stringify(summary)).toContain('The background is dark');
  });

  it.each(['use anyway', 'Använd ändå', 'yes'])('"%s" (typed) keeps the photo', async (typed) => {
    const { user } = await reachFindings();
    const turn = await user.say(typed);
    expect(JSON.stringify(lastCard(turn))).toContain('Check the cardholder');
  });

  it.each(['try another', 'Try another', 'no'])('"%s" asks for the photo again; the next photo is taken', async (typed) => {
    const { user } = await reachFindings();
    const again = await user.say(typed);
    const { card } = photoQuestion(again);
    expect(JSON.stringify(card)).toMatch(/\*\*photo\*\*/);
    const summary = await sendPhoto(user, good);
    const text = JSON.stringify(lastCard(summary));
    expect(text).toContain('Check the cardholder');
    expect(text).not.toContain('The background is dark');
  });

  it('"Try another" (button) asks again', async () => {
    const { user, card } = await reachFindings();
    const retried = await user.click('dialog.answer', actionData(card, { title: 'Try another' }));
    expect(JSON.stringify(retried.body.value)).toContain('Try another');
    expect(photoQuestion(retried).uploadUrl).toMatch(/\/upload\//);
  });

  it('re-asks with a hint on another answer, and takes a new photo sent instead of an answer', async () => {
    const { user } = await reachFindings();
    const unclear = await user.say('maybe');
    expect(unclear.texts.join('\n')).toContain('Answer **use anyway** or **try another**, or send another photo.');
    expect(isFindingsCard(lastCard(unclear))).toBe(true);
    const replaced = await sendPhoto(user, good);
    expect(JSON.stringify(lastCard(replaced))).toContain('Check the cardholder');
  });

  it('refuses a click on an old findings card', async () => {
    const { user, card } = await reachFindings();
    await user.say('maybe');
    const stale = await user.click('dialog.answer', actionData(card, { title: 'Use anyway' }));
    expect(stale.body.value).toMatch(/out of date/);
  });

  it('arrives in the chat from the upload page too, and the page says so', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const mark = harness.connector.calls.length;
    const response = await fetch(uploadUrl, { method: 'POST', body: new Uint8Array(dark), headers: { 'content-type': 'image/jpeg' } });
    expect(await response.json()).toEqual({ ok: true, findings: true });
    const findings = await waitForCall(
      harness,
      (c) => harness.connector.calls.indexOf(c) >= mark && c.conversationId === user.conversationId && isFindingsCard(cardOf(c)),
    );
    const summaryMark = harness.connector.calls.length;
    await user.click('dialog.answer', actionData(cardOf(findings), { title: 'Use anyway' }));
    await waitForCall(harness, isSummaryIn(user.conversationId, summaryMark, harness));
  });
});
