import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portraitJpeg } from '../photos/fixtures';
import { actionData, cardOf, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';
import { cardProblems } from '../support/validateCard';
import { last, lastCard } from './checkoutHelpers';

/** Issue 17: information where the orderer needs it, in the new-card dialog, the cart and the checkout. */
let harness: Harness;
let photo: Buffer;
beforeAll(async () => {
  harness = await startHarness();
  photo = await portraitJpeg();
});
afterAll(async () => harness.stop());

const LANG = {
  'en-US': {
    newCard: 'new card',
    answers: ['Anna', 'Berg', 'Sweden', '19900101-1239', 'anna.berg@example.com', '070-123 45 67', 'Standard'],
    no: 'no',
    added: 'Added Anna Berg to the cart.',
    addAnother: 'Add another',
    checkOut: 'Check out',
    manualId: 'passport or national ID card',
    firstName: /first name/,
    question: (n: number, total: number) => `Question ${n} of ${total}`,
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    poland: 'Poland',
    express: 'Express pick-up',
    cardTypePrice: 'Price: SEK 199.00 per card excl. VAT, whichever type.',
    rowPrice: 'SEK 199.00 per card excl. VAT',
    total: 'Total for 1 card: SEK 199.00 excl. VAT (SEK 248.75 incl. 25 % VAT)',
    noExtra: 'No extra charge.',
    deliveryPrice: 'The cards cost SEK 199.00 per card excl. VAT, delivery included',
    cart: 'cart',
    pickup: /Who \*\*picks up the cards\*\* at the service point/,
    courier: /courier|parcel/i,
    delivery: /How should the cards be \*\*delivered\*\*/,
  },
  'sv-SE': {
    newCard: 'nytt kort',
    answers: ['Anna', 'Berg', 'Sverige', '19900101-1239', 'anna.berg@example.com', '070-123 45 67', 'Standard'],
    no: 'nej',
    added: 'Anna Berg är tillagd i varukorgen.',
    addAnother: 'Lägg till fler',
    checkOut: 'Till kassan',
    manualId: 'pass eller nationellt id-kort',
    firstName: /förnamn/,
    question: (n: number, total: number) => `Fråga ${n} av ${total}`,
    step: (n: number, total: number) => `Steg ${n} av ${total}`,
    poland: 'Polen',
    express: 'Expressuthämtning',
    cardTypePrice: 'Pris: 199,00 kr per kort exkl. moms, oavsett typ.',
    rowPrice: '199,00 kr per kort exkl. moms',
    total: 'Summa för 1 kort: 199,00 kr exkl. moms (248,75 kr inkl. 25 % moms)',
    noExtra: 'Ingen extra kostnad.',
    deliveryPrice: 'Korten kostar 199,00 kr per kort exkl. moms, leverans ingår',
    cart: 'varukorg',
    pickup: /Vem \*\*hämtar korten\*\* på serviceplatsen/,
    courier: /bud|paket/i,
    delivery: /Hur ska korten \*\*levereras\*\*/,
  },
} as const;
type Lang = keyof typeof LANG;

/** A Swedish cardholder without BankID, through every question to the summary card. */
async function toSummary(user: TeamsUser, lang: Lang): Promise<{ turns: TurnResult[]; summary: TurnResult }> {
  const turns = [await user.say(LANG[lang].newCard)];
  for (const answer of [...LANG[lang].answers, LANG[lang].no]) turns.push(await user.say(answer));
  const url = harness.connector.addFile(`info-${user.aadObjectId}.jpg`, photo);
  const summary = await user.sendAttachment({
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    name: 'anna.jpg',
    content: { downloadUrl: url, fileType: 'jpg' },
  });
  return { turns, summary };
}

describe.each(Object.keys(LANG) as Lang[])('information where it is needed (%s)', (lang) => {
  const l = LANG[lang];

  it('answers Add to cart with Add another and Check out right there, and says what manual ID verification asks', async () => {
    const user = new TeamsUser(harness, { locale: lang });
    const { turns, summary } = await toSummary(user, lang);
    // The BankID question (the 8th turn's reply) says what the cardholder will have to do without it.
    expect(last(turns[7]!)).toContain(l.manualId);
    const added = await user.click('newcard.add', actionData(cardOf(summary.sent.at(-1)), { verb: 'newcard.add' }));
    const card = lastCard(added);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(l.added);
    expect(JSON.stringify(card)).toContain(l.manualId);
    expect(card.actions.map((a: { title: string }) => a.title)).toEqual([l.addAnother, l.checkOut]);

    const again = await user.click('command.run', actionData(card, { title: l.addAnother }));
    expect(last(again)).toMatch(l.firstName);
    await user.say(lang === 'sv-SE' ? 'avbryt' : 'cancel');
    const checkout = await user.click('checkout.start', actionData(card, { title: l.checkOut }));
    expect(last(checkout)).toMatch(l.delivery);
  });

  it('numbers the questions this card really asks, and the checkout its steps', async () => {
    const user = new TeamsUser(harness, { locale: lang });
    const { turns, summary } = await toSummary(user, lang);
    // A Swedish cardholder: nine questions, the photo the ninth.
    turns.forEach((turn, i) => expect(last(turn)).toContain(l.question(i + 1, 9)));
    await user.click('newcard.add', actionData(cardOf(summary.sent.at(-1)), { verb: 'newcard.add' }));

    // A Polish cardholder is also asked for a samordningsnummer: ten questions from the nationality on.
    const pole = new TeamsUser(harness, { locale: lang });
    await pole.say(l.newCard);
    await pole.say('Jan');
    const nationality = await pole.say('Kowalski');
    expect(last(nationality)).toContain(l.question(3, 9));
    expect(last(await pole.say(l.poland))).toContain(l.question(4, 10));

    // Checkout: six steps with two delivery options and two invoice addresses; a pick-up has no address step.
    const start = await user.click('checkout.start', {});
    expect(last(start)).toContain(l.step(1, 6));
    expect(cardProblems(lastCard(start))).toEqual([]);
    const recipient = await user.click('dialog.answer', actionData(lastCard(start), { title: l.express }));
    expect(last(recipient)).toContain(l.step(2, 5));
    // Express pick-up: nobody delivers a parcel, so the question is who collects the cards.
    expect(last(recipient)).toMatch(l.pickup);
    expect(last(recipient)).not.toMatch(l.courier);
    const more = await user.click('dialog.answer', actionData(lastCard(recipient), { verb: 'dialog.answer' }));
    expect(last(await user.say('070-123 45 67'))).not.toMatch(l.courier);
    expect(more.status).toBe(200);
  });

  it('shows the price where the orderer decides: card type, cart rows and total, delivery options', async () => {
    const user = new TeamsUser(harness, { locale: lang });
    const { turns, summary } = await toSummary(user, lang);
    expect(last(turns[6]!)).toContain(l.cardTypePrice);
    await user.click('newcard.add', actionData(cardOf(summary.sent.at(-1)), { verb: 'newcard.add' }));

    const cart = cardOf((await user.say(l.cart)).sent[0]);
    expect(cardProblems(cart)).toEqual([]);
    const shown = JSON.stringify(cart);
    expect(shown).toContain(l.rowPrice);
    expect(shown).toContain(l.total);

    const delivery = await user.click('checkout.start', actionData(cart, { verb: 'checkout.start' }));
    const asked = last(delivery);
    // Both options (standard and express pick-up) say what they add to the price: nothing.
    expect(asked.split(l.noExtra)).toHaveLength(3);
    expect(asked).toContain(l.deliveryPrice);
  });
});
