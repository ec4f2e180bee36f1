import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionData, cardOf, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';
import { PERSONNUMMER, reachPhotoStep } from '../support/photoFlow';
import { seedCart } from './checkoutHelpers';
import { actionsOf } from './cardsInUseHelpers';
import { portraitJpeg } from '../photos/fixtures';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

const last = (r: TurnResult) => r.texts.at(-1) ?? '';
const lastCard = (r: TurnResult) => cardOf(r.sent.at(-1));
const titles = (card: any): string[] => (card?.actions ?? []).map((a: { title: string }) => a.title);
const clickTitle = (user: TeamsUser, turn: TurnResult, title: string) => user.click('dialog.answer', actionData(lastCard(turn), { title }));

describe('commands work in both languages whatever the client language, and are never stored as an answer', () => {
  it.each<[string, string, string, RegExp]>([
    ['en-US', 'avbryt', 'cancel', /Cancelled\. Nothing was added to the cart\./],
    ['en-US', 'Avbryt.', 'cancel', /Cancelled\. Nothing was added to the cart\./],
    ['en-US', 'stop', 'cancel', /Cancelled\. Nothing was added to the cart\./],
    ['sv-SE', 'cancel', 'cancel', /Avbrutet\. Inget lades i varukorgen\./],
    ['sv-SE', 'sluta', 'cancel', /Avbrutet\. Inget lades i varukorgen\./],
  ])('%s client: "%s" at the last-name question runs %s', async (locale, word, _command, reply) => {
    const user = new TeamsUser(harness, { locale });
    await user.say(locale === 'sv-SE' ? 'nytt kort' : 'new card');
    await user.say('Anna');
    const turn = await user.say(word);
    expect(turn.texts.join('\n')).toMatch(reply);
    // Nothing half-done is left: the next message is no answer to a dialog.
    expect(last(await user.say('Berg'))).toMatch(/did not understand "Berg"|förstod inte "Berg"/);
  });

  it.each([
    ['en-US', 'hjälp', /What I can do/, /middle of a new card/],
    ['sv-SE', 'help', /Det här kan jag/, /håller på med ett nytt kort/],
  ])('%s client: "%s" shows help and asks the same question again', async (locale, word, help, note) => {
    const user = new TeamsUser(harness, { locale });
    await user.say(locale === 'sv-SE' ? 'nytt kort' : 'new card');
    const asked = last(await user.say('Anna'));
    const turn = await user.say(word);
    expect(turn.texts[0]).toMatch(help);
    expect(turn.texts[0]).toMatch(note);
    expect(last(turn)).toBe(asked);
  });

  it('an English client starts a new card with the Swedish "nytt kort"', async () => {
    const user = new TeamsUser(harness, { locale: 'en-GB' });
    expect(last(await user.say('nytt kort'))).toMatch(/first name/);
  });

  it('help lists back in both languages', async () => {
    const sv = new TeamsUser(harness, { locale: 'sv-SE' });
    expect((await sv.say('hjälp')).texts.join('\n')).toContain('tillbaka (back)');
    const en = new TeamsUser(harness);
    expect((await en.say('help')).texts.join('\n')).toMatch(/back\n.*previous question/);
  });
});

describe('Back, typed or clicked, returns to the previous question showing its answer', () => {
  it.each(['back', 'undo', 'tillbaka', 'ångra'])(
    '"%s" at the last-name question goes back to the first name, which shows "Anna"',
    async (word) => {
      const user = new TeamsUser(harness);
      await user.say('new card');
      await user.say('Anna');
      const back = await user.say(word);
      expect(back.sent).toHaveLength(1);
      expect(last(back)).toMatch(/first name/);
      expect(last(back)).toContain('Current answer: **Anna**');
      expect(titles(lastCard(back))).toEqual(['Keep']);
      // Keep goes on to the question the user was at; the last name was never set to "back".
      const kept = await clickTitle(user, back, 'Keep');
      expect(JSON.stringify(kept.body.value)).toContain('Keep: Anna');
      expect(last(kept)).toMatch(/last name/);
      expect(last(kept)).not.toContain('Current answer');
    },
  );

  it('the Back button in Swedish, a new answer replaces the old one, and the first question says there is nothing before it', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    await user.say('nytt kort');
    const lastName = await user.say('Ana');
    expect(titles(lastCard(lastName))).toEqual(['Tillbaka']);
    const back = await clickTitle(user, lastName, 'Tillbaka');
    expect(back.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(back.body.value)).toContain('Tillbaka');
    expect(last(back)).toContain('Nuvarande svar: **Ana**');
    expect(last(await user.say('Anna'))).toMatch(/efternamn/);
    expect(last(await user.say('Berg'))).toMatch(/nationalitet/);
    await user.say('tillbaka');
    const first = await user.say('tillbaka');
    expect(last(first)).toContain('Nuvarande svar: **Anna**');
    const nothing = await user.say('tillbaka');
    expect(nothing.texts[0]).toMatch(/första frågan/);
    expect(last(nothing)).toMatch(/förnamn/);
  });

  it('going back past the identity number shows it masked; the same nationality keeps it, another asks it again', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    for (const answer of ['Anna', 'Berg', 'Sweden', PERSONNUMMER]) await user.say(answer);
    const identity = await user.say('back');
    expect(last(identity)).toContain('Current answer: **19900101-\\*\\*\\*\\***');
    expect(identity.texts.join()).not.toContain('1239');
    const nationality = await user.say('back');
    expect(last(nationality)).toContain('Current answer: **Sweden**');
    // The same country again: the number checked against it stays, and the dialog goes on where it was.
    expect(last(await user.say('Sverige'))).toMatch(/e-mail/);
    await user.say('back');
    await user.say('back');
    const other = await user.say('Norway');
    expect(last(other)).toMatch(/identity number.*Norwegian/);
    expect(last(other)).not.toContain('Current answer');
    expect(harness.logs.text).not.toContain('1239');
  });

  it('Edit on the summary asks the picked detail showing its current answer', async () => {
    const user = new TeamsUser(harness);
    const photoTurn = await reachPhotoStep(user);
    const summary = await clickTitle(user, photoTurn, 'Photo later');
    const edit = await user.click('newcard.edit', actionData(lastCard(summary), { verb: 'newcard.edit' }));
    const picked = await clickTitle(user, edit, 'Mobile');
    expect(last(picked)).toMatch(/mobile/);
    expect(last(picked)).toContain('Current answer: **\\+46701234567**');
    const changed = await user.say('070-765 43 21');
    expect(JSON.stringify(lastCard(changed))).toContain('+46707654321');
    expect(JSON.stringify(lastCard(changed))).not.toContain('+46701234567');
  });

  it('Back in checkout undoes the last answer and asks its question again with what it was', async () => {
    const user = new TeamsUser(harness);
    await seedCart(harness, user, [{}]);
    expect(last(await user.say('checkout'))).toMatch(/delivered/);
    const address = await user.say('standard');
    expect(titles(lastCard(address))).toContain('Back');
    const back = await user.say('back');
    expect(last(back)).toMatch(/delivered/);
    expect(last(back)).toContain('Your answer was: **Standard delivery**');
    expect(last(await user.say('standard'))).toBe(last(address));
  });
});

describe('Photo later: the cardholder goes to the cart marked "photo needed"', () => {
  it.each<[string, (user: TeamsUser, turn: TurnResult) => Promise<TurnResult>]>([
    ['the button', (user, turn) => clickTitle(user, turn, 'Photo later')],
    ['typing "I will send the photo later"', (user) => user.say('I will send the photo later')],
    ['typing "skip"', (user) => user.say('skip')],
  ])('with %s: summary says the photo is needed, the cart marks it, checkout leads to it', async (_how, later) => {
    const user = new TeamsUser(harness);
    const photoTurn = await reachPhotoStep(user);
    expect(titles(lastCard(photoTurn))).toEqual(expect.arrayContaining(['Photo later', 'Back']));
    expect(last(photoTurn)).toMatch(/Photo later.*photo needed/s);
    const summary = await later(user, photoTurn);
    const shown = JSON.stringify(lastCard(summary));
    expect(shown).toContain('Photo needed: send it from the cart (Send photo) before checkout');
    const added = await user.click('newcard.add', actionData(lastCard(summary), { verb: 'newcard.add' }));
    expect(added.texts.join('\n')).toMatch(/Added Anna Berg to the cart/);
    expect(last(added)).toMatch(/marked "photo needed".*Send photo/);
    const cart = JSON.stringify(cardOf((await user.say('cart')).sent[0]));
    expect(cart).toContain('Anna Berg');
    expect(cart).toContain('Photo needed: choose **Send photo** to send it');
  });

  it('checkout with nobody orderable says so before the first question, and Send photo leads to the photo and on to checkout', async () => {
    const user = new TeamsUser(harness);
    const photoTurn = await reachPhotoStep(user);
    const summary = await clickTitle(user, photoTurn, 'Photo later');
    await user.click('newcard.add', actionData(lastCard(summary), { verb: 'newcard.add' }));
    const refused = await user.say('checkout');
    expect(refused.sent).toHaveLength(1);
    const cart = lastCard(refused);
    expect(JSON.stringify(cart)).toContain('Anna Berg cannot be ordered until the photo is fixed, and nobody else is in the cart');
    expect(refused.texts.join()).not.toMatch(/delivered/);
    // No checkout was opened: the next message is no checkout answer.
    expect(last(await user.say('standard'))).toMatch(/did not understand/);
    const sendPhoto = actionsOf(cart).find((a) => a.title === 'Send photo');
    const photoQuestion = await user.click('cart.edit', sendPhoto!.data);
    expect(last(photoQuestion)).toMatch(/photo/);
    const url = harness.connector.addFile(`later-${user.aadObjectId}.jpg`, await portraitJpeg());
    const saved = await user.sendAttachment({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name: 'anna.jpg',
      content: { downloadUrl: url, fileType: 'jpg' },
    });
    await user.click('newcard.add', actionData(lastCard(saved), { verb: 'newcard.add' }));
    expect(last(await user.say('checkout'))).toMatch(/delivered/);
  });

  it('in Swedish, with two cardholders without photos, the cart says none can be ordered yet', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    await seedCart(harness, user, [{ photo: false }, { photo: false }]);
    const refused = await user.click('checkout.start', {});
    const text = JSON.stringify(refused.body.value);
    expect(text).toContain('Ingen av de 2 kortinnehavarna kan beställas ännu: Anna Berg, Bo Berg');
    expect(actionsOf(refused.body.value).filter((a) => a.title === 'Skicka foto')).toHaveLength(2);
  });

  it('in Swedish, "foto senare" is photo later too', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    await reachPhotoStep(user, ['Anna', 'Berg', 'Sverige', PERSONNUMMER, 'anna.berg@example.com', '070-123 45 67', 'Standard', 'ja']);
    const summary = await user.say('foto senare');
    expect(JSON.stringify(lastCard(summary))).toContain('Foto saknas: skicka det från varukorgen');
  });
});
