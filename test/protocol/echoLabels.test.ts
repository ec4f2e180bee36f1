import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionData, cardOf, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';
import { seedCart } from './checkoutHelpers';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

const last = (r: TurnResult) => r.texts.at(-1) ?? '';
/** The read-only question card a click is answered with: what it says the user chose. */
const answeredWith = (click: TurnResult): string => JSON.stringify(click.body?.value);

describe.each([
  {
    locale: 'en-US',
    typo: 'Swedn',
    country: 'Sweden',
    visitor: 'Visitor',
    back: 'back',
    delivery: 'Standard delivery',
    was: 'Your answer was',
  },
  {
    locale: 'sv-SE',
    typo: 'Sverge',
    country: 'Sverige',
    visitor: 'Besökare',
    back: 'tillbaka',
    delivery: 'Standardleverans',
    was: 'Ditt svar var',
  },
])('answers are echoed as the label the user chose ($locale)', ({ locale, typo, country, visitor, back, delivery, was }) => {
  it(`a clicked country suggestion says "${country}", a clicked card type "${visitor}", not their codes`, async () => {
    const user = new TeamsUser(harness, { locale });
    await user.say(locale === 'sv-SE' ? 'nytt kort' : 'new card');
    await user.say('Anna');
    await user.say('Berg');
    const suggested = await user.say(typo);
    const card = cardOf(suggested.sent.at(-1));
    expect(JSON.stringify(card)).toContain(country);
    const picked = await user.click('dialog.answer', actionData(card, { title: country }));
    expect(answeredWith(picked)).toContain(country);
    expect(answeredWith(picked)).not.toMatch(/"SE"/);

    await user.say('19121212-1212');
    await user.say('anna.berg@example.com');
    const typeQuestion = await user.say('070-123 45 67');
    const types = cardOf(typeQuestion.sent.at(-1));
    const typed = await user.click('dialog.answer', actionData(types, { title: visitor }));
    expect(answeredWith(typed)).toContain(visitor);
    expect(answeredWith(typed)).not.toContain('"visitor"');
  });

  it(`a typed "standard" delivery is shown again as "${delivery}" after ${back}`, async () => {
    const user = new TeamsUser(harness, { locale });
    await seedCart(harness, user, [{}]);
    await user.say(locale === 'sv-SE' ? 'till kassan' : 'checkout');
    await user.say('standard');
    const again = await user.say(back);
    expect(again.texts.join('\n') + JSON.stringify(again.sent.map(cardOf))).toContain(`${was}: **${delivery}**`);
    expect(last(again) + JSON.stringify(again.sent.map(cardOf))).not.toContain('**standard**');
  });
});
