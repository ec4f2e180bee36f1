import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionData, allSaid, cardOf, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

const all = allSaid;
const PESEL = '44051401359';

const cases = [
  {
    locale: 'en-US',
    start: 'new card',
    poland: 'Poland',
    scheme: "What is the cardholder's **identity number**, the Polish PESEL? Format: 11 digits starting with YYMMDD",
    suggest: '"512 345 678" is not a Swedish mobile number. Did you mean **+48 512 345 678** (Poland)?',
    yes: 'yes',
    next: /card type/,
    norway: 'Norway',
    norwegian: 'the Norwegian fødselsnummer? Format: 11 digits',
  },
  {
    locale: 'sv-SE',
    start: 'nytt kort',
    poland: 'Polen',
    scheme: 'Vad är kortinnehavarens **identitetsnummer** (polskt PESEL-nummer)? Format: 11 siffror som börjar med ÅÅMMDD',
    suggest: '"512 345 678" är inget svenskt mobilnummer. Menade du **+48 512 345 678** (Polen)?',
    yes: 'ja',
    next: /korttyp/,
    norway: 'Norge',
    norwegian: '(norskt fødselsnummer)? Format: 11 siffror',
  },
];

describe.each(cases)('a foreign cardholder ($locale)', (c) => {
  async function upToMobile(user: TeamsUser): Promise<TurnResult> {
    await user.say(c.start);
    await user.say('Jan');
    await user.say('Kowalski');
    const asked = await user.say(c.poland);
    expect(all(asked)).toContain(c.scheme);
    await user.say(PESEL);
    await user.say(c.yes === 'ja' ? 'nej' : 'no'); // no Swedish coordination number
    return user.say('jan.kowalski@example.com');
  }

  it('is asked for the identity number by the name and form of the scheme', async () => {
    const user = new TeamsUser(harness, { locale: c.locale });
    await user.say(c.start);
    await user.say('Ola');
    await user.say('Nordmann');
    expect(all(await user.say(c.norway))).toContain(c.norwegian);
  });

  it('gets the country code of the nationality suggested for a mobile without one, and "yes" takes it', async () => {
    const user = new TeamsUser(harness, { locale: c.locale });
    await upToMobile(user);
    const refused = await user.say('512 345 678');
    expect(all(refused)).toContain(c.suggest);
    expect(all(refused)).not.toMatch(/landline|fast telefon/);
    const accepted = await user.say(c.yes);
    expect(all(accepted)).toMatch(c.next);
  });

  it('can click the suggested number instead', async () => {
    const user = new TeamsUser(harness, { locale: c.locale });
    await upToMobile(user);
    const refused = await user.say('512 345 678');
    const clicked = await user.click('dialog.answer', actionData(cardOf(refused.sent.at(-1)), { title: '+48 512 345 678' }));
    expect(JSON.stringify(clicked.body?.value)).toContain('+48 512 345 678');
    expect(all(clicked)).toMatch(c.next);
  });
});
