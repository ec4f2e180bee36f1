import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portraitJpeg } from '../photos/fixtures';
import { actionData, cardOf, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';

const PERSONNUMMER = '19900101-1239';
let harness: Harness;
let photo: Buffer;

beforeAll(async () => {
  harness = await startHarness();
  photo = await portraitJpeg();
});
afterAll(async () => harness.stop());

const last = (r: TurnResult) => r.texts.at(-1) ?? '';

/** Answers every question for a Swedish cardholder up to the summary card. */
async function fillUpToSummary(user: TeamsUser): Promise<TurnResult> {
  await user.say('new card');
  for (const answer of ['Anna', 'Berg', 'Sverige', PERSONNUMMER, 'Anna.Berg@Example.com', '070-123 45 67', 'Standard', 'yes']) {
    await user.say(answer);
  }
  const url = harness.connector.addFile(`p-${user.aadObjectId}.jpg`, photo);
  return user.sendAttachment({
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    name: 'anna.jpg',
    content: { downloadUrl: url, fileType: 'jpg' },
  });
}

describe('new card over HTTP with a fake Teams connector', () => {
  it('walks the whole conversation into the cart, one question per turn', async () => {
    const user = new TeamsUser(harness);
    const first = await user.say('new card');
    expect(first.status).toBe(200);
    expect(first.texts[0]).toContain('Welcome to ID06 card ordering');
    expect(last(first)).toMatch(/first name.*exactly as in the passport or BankID/);

    const steps: [string, RegExp][] = [
      ['Anna', /last name.*exactly as in the passport or BankID/],
      ['Berg', /nationality/],
      ['Sverige', /identity number/],
      [PERSONNUMMER, /e-mail/],
      ['Anna.Berg@Example.com', /mobile/],
      ['070-123 45 67', /card type/],
      ['Standard', /BankID/],
      ['no', /photo/],
    ];
    for (const [answer, next] of steps) {
      const turn = await user.say(answer);
      expect(turn.sent).toHaveLength(1);
      expect(last(turn)).toMatch(next);
    }

    const url = harness.connector.addFile('anna.jpg', photo);
    const summary = await user.sendAttachment({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'anna.jpg',
      content: { downloadUrl: url, fileType: 'jpg' },
    });
    const card = cardOf(summary.sent.at(-1));
    expect(card.type).toBe('AdaptiveCard');
    const shown = JSON.stringify(card);
    expect(shown).toContain('19900101-****');
    expect(shown).not.toContain('1239');
    expect(shown).toContain('anna.berg@example.com');
    expect(shown).toContain('+46701234567');
    expect(shown).toContain('Manual ID verification');
    expect(shown).toMatch(/\/photos\/[^"]+\/thumb\?exp=\d+&sig=/);

    const added = await user.click('newcard.add', actionData(card, { verb: 'newcard.add' }));
    expect(added.status).toBe(200);
    expect(added.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(added.body.value)).toContain('Added to the cart.');
    expect(added.body.value.actions ?? []).toHaveLength(0);
    expect(last(added)).toMatch(/^Added Anna Berg to the cart. The cart has 1 cardholder./);

    const cart = await user.say('cart');
    const cartText = JSON.stringify(cardOf(cart.sent[0]));
    expect(cartText).toContain('Anna Berg');
    expect(cartText).toContain('19900101-****');
    expect(cartText).not.toContain('1239');
    expect(harness.logs.text).not.toContain('1239');
  });

  it.each<[string, string[], string, RegExp]>([
    ['a first name with digits', [], 'Anna2', /"Anna2": a name cannot contain digits/],
    ['an unknown nationality', ['Anna', 'Berg'], 'Atlantis', /"Atlantis" is not a country I know/],
    ['a near-miss nationality', ['Anna', 'Berg'], 'Finnland', /did you mean Finland/],
    ['a bad check digit', ['Anna', 'Berg', 'Sweden'], '19900101-1235', /19900101-1235.*check digit/],
    ['an impossible date', ['Anna', 'Berg', 'Sweden'], '19900231-1234', /date/],
    ['a bad e-mail', ['Anna', 'Berg', 'Sweden', PERSONNUMMER], 'anna(at)example.com', /is not an e-mail address/],
    ['a landline', ['Anna', 'Berg', 'Sweden', PERSONNUMMER, 'a@b.se'], '08-123 456 78', /looks like a landline/],
    ['an unknown card type', ['Anna', 'Berg', 'Sweden', PERSONNUMMER, 'a@b.se', '0701234567'], 'Gold', /is not a card type/],
    ['a non-answer to BankID', ['Anna', 'Berg', 'Sweden', PERSONNUMMER, 'a@b.se', '0701234567', 'visitor'], 'maybe', /answer yes or no/],
    [
      'text instead of a photo',
      ['Anna', 'Berg', 'Sweden', PERSONNUMMER, 'a@b.se', '0701234567', 'visitor', 'yes'],
      'here it is',
      /photo as an image/,
    ],
  ])('re-asks after %s with the specific reason', async (_name, before, wrong, reason) => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    let question = '';
    for (const answer of before) question = last(await user.say(answer));
    const turn = await user.say(wrong);
    expect(turn.texts.join('\n')).toMatch(reason);
    if (before.length > 0 && !/did you mean/.test(turn.texts.join())) expect(last(turn)).toBe(question);
  });

  it('offers to cancel after three misses on the same question', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    await user.say('1');
    await user.say('2');
    const third = await user.say('3');
    expect(third.texts.join('\n')).toContain('That was 3 tries without an answer I could use. Type **cancel** to stop');
    // The count goes on: the fourth miss is not called "the third try" again.
    expect((await user.say('4')).texts.join('\n')).toContain('That was 4 tries without');
  });

  it('accepts a suggested nationality with "yes" or its button', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    await user.say('Aino');
    await user.say('Virtanen');
    const suggestion = await user.say('Finnland');
    const card = cardOf(suggestion.sent.at(-1));
    expect(card.actions.map((a: any) => a.title)).toContain('Finland');
    const next = await user.say('yes');
    expect(last(next)).toContain('the Finnish personal identity code (henkilötunnus)? Format: DDMMYY');
  });

  it('cancels mid-way and keeps nothing', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    await user.say('Anna');
    const cancelled = await user.say('Cancel');
    expect(last(cancelled)).toBe('Cancelled. Nothing was added to the cart.');
    const after = await user.say('Berg');
    expect(last(after)).toMatch(/did not understand "Berg"/);
    expect(JSON.stringify(cardOf((await user.say('cart')).sent[0]))).toContain('Your cart is empty');
  });

  it('answers help mid-dialog with the commands and asks the same question again', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    await user.say('Anna');
    const help = await user.say('HELP');
    const text = help.texts.join('\n');
    // Local mode makes the user admin of the demo company, so `admin` works and is listed (hidden from non-admins: admin.test.ts).
    for (const command of ['help', 'new card', 'cart', 'checkout', 'orders', 'import', 'cancel', 'admin']) expect(text).toContain(command);
    expect(last(help)).toMatch(/last name/);
  });

  it('edits one detail from the summary and comes back to the summary', async () => {
    const user = new TeamsUser(harness);
    const summary = await fillUpToSummary(user);
    const card = cardOf(summary.sent.at(-1));
    const editing = await user.click('newcard.edit', actionData(card, { verb: 'newcard.edit' }));
    const pick = cardOf(editing.sent.at(-1));
    expect(pick.actions.map((a: any) => a.title)).toContain('Last name');
    const picked = await user.click('dialog.answer', actionData(pick, { title: 'Last name' }));
    expect(last(picked)).toMatch(/last name/);
    const back = await user.say('Lindqvist');
    expect(JSON.stringify(cardOf(back.sent.at(-1)))).toContain('Lindqvist');
  });

  it('refuses a click on an old summary card without changing anything', async () => {
    const user = new TeamsUser(harness);
    const summary = await fillUpToSummary(user);
    const stale = { nonce: 'not-the-current-one' };
    const click = await user.click('newcard.add', stale);
    expect(click.body.value).toMatch(/out of date/);
    expect(JSON.stringify(cardOf((await user.say('cart')).sent[0]))).toContain('Your cart is empty');
    expect(cardOf(summary.sent.at(-1))).toBeTruthy();
  });

  it('answers a click on a card whose dialog has ended', async () => {
    const user = new TeamsUser(harness);
    const summary = await fillUpToSummary(user);
    const data = actionData(cardOf(summary.sent.at(-1)), { verb: 'newcard.add' });
    await user.click('newcard.add', data);
    const again = await user.click('newcard.add', data);
    expect(again.body.value).toMatch(/no longer active/);
    expect(JSON.stringify(cardOf((await user.say('cart')).sent[0]))).toContain('1 cardholder');
  });

  it('accepts an inline image fetched from the connector', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    for (const answer of ['Anna', 'Berg', 'SE', PERSONNUMMER, 'a@b.se', '0701234567', 'standard', 'ja']) await user.say(answer);
    const url = harness.connector.addFile('inline.jpg', photo);
    const turn = await user.sendAttachment({ contentType: 'image/*', contentUrl: url });
    expect(JSON.stringify(cardOf(turn.sent.at(-1)))).toContain('Check the cardholder');
  });

  it('refuses a GIF photo by its bytes, whatever it is called', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    for (const answer of ['Anna', 'Berg', 'SE', PERSONNUMMER, 'a@b.se', '0701234567', 'standard', 'ja']) await user.say(answer);
    const gif = Buffer.from('474946383961010001000000002c00000000010001000002024401003b', 'hex');
    const url = harness.connector.addFile('fake.jpg', gif);
    const turn = await user.sendAttachment({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'fake.jpg',
      content: { downloadUrl: url },
    });
    expect(turn.texts.join('\n')).toMatch(/GIF/);
    expect(last(turn)).toMatch(/photo/);
  });

  it('speaks Swedish and takes Swedish commands when the locale is Swedish', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    const turn = await user.say('nytt kort');
    expect(last(turn)).toMatch(/förnamn/);
    const cancelled = await user.say('avbryt');
    expect(last(cancelled)).toMatch(/Avbrutet/);
  });

  it.each([
    ['en-US', 'Hello!', 'Welcome to ID06 card ordering', 'what is this', 'did not understand'],
    ['sv-SE', 'Hej hej', 'Välkommen till ID06-kortbeställning', 'vad är detta', 'förstod inte'],
  ])(
    'answers a greeting (%s) with the welcome card, not the unknown-text hint, and only once',
    async (locale, greeting, welcome, other, unknown) => {
      const user = new TeamsUser(harness, { locale });
      // The first contact already brings the welcome: a greeting then does not repeat it.
      const first = await user.say(greeting);
      expect(first.texts.join('\n').split(welcome)).toHaveLength(2);
      const again = await user.say(greeting);
      expect(again.texts.join('\n')).toContain(welcome);
      expect(again.texts.join('\n')).not.toContain(unknown);
      expect(last(await user.say(other))).toContain(unknown);
      // Inside a dialog a greeting is an answer like any other, not a reason to leave the question.
      await user.say(locale === 'sv-SE' ? 'nytt kort' : 'new card');
      expect((await user.say(greeting)).texts.join('\n')).not.toContain(welcome);
    },
  );

  it('gives a hint for unknown text and strips @mentions in group chats', async () => {
    const user = new TeamsUser(harness, { conversationType: 'groupChat', conversationId: '19:group@thread.v2' });
    const turn = await user.say('<at>ID06</at> help', {
      entities: [{ type: 'mention', mentioned: { id: '28:bot-id', name: 'ID06' }, text: '<at>ID06</at>' }],
    });
    expect(turn.texts.join('\n')).toContain('What I can do');
    const unknown = await user.say('what is this');
    expect(last(unknown)).toMatch(/did not understand "what is this"/);
  });
});

describe('restart mid-dialog', () => {
  it('continues exactly where the user was, on a new server over the same database file', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    await user.say('Anna');
    await user.say('Berg');
    await harness.restart();
    const next = await user.say('Sweden');
    expect(last(next)).toMatch(/identity number/);
  });
});
