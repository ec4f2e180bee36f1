import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portraitJpeg } from '../photos/fixtures';
import { actionData, cardOf, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';
import { facts } from '../support/cardFacts';
import { cardProblems } from '../support/validateCard';
import { ownerOf } from './checkoutHelpers';

/** A Polish cardholder born 1970-10-03, the same day as the samordningsnummer 701063-2391. */
const PESEL = '70100312347';
const SAMORDNINGSNUMMER = '701063-2391';

let harness: Harness;
let photo: Buffer;

beforeAll(async () => {
  harness = await startHarness();
  photo = await portraitJpeg();
});
afterAll(async () => harness.stop());

const last = (r: TurnResult) => r.texts.at(-1) ?? '';

async function reachCoordination(pesel = PESEL): Promise<{ user: TeamsUser; question: TurnResult }> {
  const user = new TeamsUser(harness);
  await user.say('new card');
  let question: TurnResult | undefined;
  for (const answer of ['Jan', 'Kowalski', 'Poland', pesel]) question = await user.say(answer);
  return { user, question: question! };
}

async function finish(user: TeamsUser): Promise<any> {
  for (const answer of ['jan.kowalski@example.com', '+48 512 345 678', 'Standard', 'no']) await user.say(answer);
  const url = harness.connector.addFile(`jan-${user.aadObjectId}.jpg`, photo);
  const summary = await user.sendAttachment({
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    name: 'jan.jpg',
    content: { downloadUrl: url },
  });
  return cardOf(summary.sent.at(-1));
}

async function storedCoordinationNumbers(): Promise<(string | null)[]> {
  return (await harness.query<{ n: string | null }>('SELECT coordination_number AS n FROM cart_items ORDER BY created_at')).map((r) => r.n);
}

describe('optional Swedish samordningsnummer for a non-Swedish cardholder', () => {
  it('is asked right after the identity number, with a "no" button', async () => {
    const { question } = await reachCoordination();
    const card = cardOf(question.sent.at(-1));
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('Swedish **samordningsnummer**? It gives the card a longer validity');
    expect(card.actions.map((a: any) => a.title)).toEqual(['No samordningsnummer', 'Back']);
  });

  it('accepts a valid samordningsnummer, shows it masked on the summary and stores it in the cart', async () => {
    const { user } = await reachCoordination();
    const next = await user.say(SAMORDNINGSNUMMER);
    expect(last(next)).toMatch(/e-mail/);
    const summary = await finish(user);
    const shown = JSON.stringify(summary);
    expect(facts(summary)['Samordningsnummer']).toBe('19701063-****');
    expect(shown).not.toContain('2391');
    const before = (await storedCoordinationNumbers()).length;
    await user.click('newcard.add', actionData(summary, { verb: 'newcard.add' }));
    const stored = await storedCoordinationNumbers();
    expect(stored).toHaveLength(before + 1);
    // Sealed at rest; the store opens it in memory.
    expect(stored.at(-1)).toMatch(/^enc1:/);
    expect(stored.at(-1)).not.toContain('2391');
    expect((await harness.app.store.cart.list(await ownerOf(harness, user))).at(-1)?.coordinationNumber).toBe('197010632391');
    expect(harness.logs.text).not.toContain('2391');
  });

  it.each<[string, string, RegExp]>([
    ['a personnummer', '811228-9874', /811228-9874 is a personnummer, not a samordningsnummer/],
    ['a bad check digit', '701063-2392', /check digit does not match/],
    [
      'a different date of birth than the PESEL',
      '701064-2390',
      /gives the date of birth 1970-10-04, but the date of birth entered is 1970-10-03/,
    ],
    ['"yes" without the number', 'yes', /type the samordningsnummer itself/],
  ])('refuses %s and asks again', async (_name, input, reason) => {
    const { user, question } = await reachCoordination();
    const turn = await user.say(input);
    expect(turn.texts.join('\n')).toMatch(reason);
    expect(last(turn)).toBe(question.texts.at(-1));
  });

  it('is skipped with "no": the summary says none and the cart stores null', async () => {
    const { user } = await reachCoordination();
    expect(last(await user.say('no'))).toMatch(/e-mail/);
    const summary = await finish(user);
    expect(facts(summary)['Samordningsnummer']).toBe('None');
    await user.click('newcard.add', actionData(summary, { verb: 'newcard.add' }));
    expect((await storedCoordinationNumbers()).at(-1)).toBeNull();
  });

  it('is skipped with the button', async () => {
    const { user, question } = await reachCoordination();
    const clicked = await user.click('dialog.answer', actionData(cardOf(question.sent.at(-1)), { title: 'No samordningsnummer' }));
    expect(JSON.stringify(clicked.body.value)).toContain('no');
    expect(last(clicked)).toMatch(/e-mail/);
  });

  it('is not asked for a Swedish cardholder', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    for (const answer of ['Anna', 'Berg', 'Sweden']) await user.say(answer);
    expect(last(await user.say('19900101-1239'))).toMatch(/e-mail/);
  });

  it('can be edited from the summary', async () => {
    const { user } = await reachCoordination();
    await user.say('no');
    const summary = await finish(user);
    const editing = await user.click('newcard.edit', actionData(summary, { verb: 'newcard.edit' }));
    const pick = cardOf(editing.sent.at(-1));
    const picked = await user.click('dialog.answer', actionData(pick, { title: 'Samordningsnummer' }));
    expect(last(picked)).toMatch(/samordningsnummer/);
    const back = await user.say(SAMORDNINGSNUMMER);
    expect(JSON.stringify(cardOf(back.sent.at(-1)))).toContain('19701063-****');
  });
});
