import { afterEach, describe, expect, it } from 'vitest';
import { cardProblems } from '../support/validateCard';
import { invokeText } from './checkoutHelpers';
import { cardWith, json } from './lifecycleHelpers';
import { linkIn, mailTo, orderApproved, startMailCast, stopMailCast, type MailCast } from './reachHelpers';

let cast: MailCast | undefined;
afterEach(async () => {
  await stopMailCast(cast);
  cast = undefined;
});

const resendWay = (card: any, title: string) => card.actions.find((a: any) => a.title === title)?.data;

describe('the orderer sees how each approval went out, and resends another way', () => {
  it('order <number> says per cardholder: Teams, or e-mail with a link; a declined Teams card is resent by e-mail; an e-mailed one offers Teams again', async () => {
    cast = await startMailCast();
    const { harness, olle, anna } = cast;
    await anna.say('hi');
    const { number } = await orderApproved(cast);
    const annaCard = await cardWith(harness, anna, 'Check your ID06 card');
    await mailTo(cast, 'bo.ek@contoso.example');

    const emailed = await cardWith(harness, olle, 'we e-mailed a link to');
    expect(cardProblems(emailed.card)).toEqual([]);
    expect(resendWay(emailed.card, 'Try Teams again')).toMatchObject({ mode: 'same', via: 'teams' });

    const detail = json((await olle.say(`order ${number}`)).sent);
    expect(detail).toMatch(/Anna Berg[^]*sent via Teams/);
    expect(detail).toMatch(/Bo Ek[^]*sent via e-mail with a link \(sent\)/);

    // Anna says something is wrong in Teams; the orderer sends the next round by e-mail instead.
    const decline = { ...annaCard.card.actions.find((a: any) => a.data.decision === 'decline').data, field: 'photo', reason: 'Old photo' };
    await anna.click('approval.decide', decline, annaCard.call.activityId);
    const told = await cardWith(harness, olle, 'says the photo is wrong');
    const byMail = resendWay(told.card, 'Send by e-mail instead');
    expect(byMail).toMatchObject({ via: 'email' });
    expect(invokeText(await olle.click('approval.resend', byMail))).toContain('A new approval card is on its way to Anna Berg');
    const mail = await mailTo(cast, 'anna.berg@contoso.example');
    expect(linkIn(mail)).toMatch(/\/approve\//);
    await cardWith(harness, anna, 'replaced by a newer one', 'update');
    // No second Teams card for round 2: it went by e-mail, as asked.
    expect(
      harness.connector.calls.filter(
        (c) => c.conversationId === anna.conversationId && c.kind === 'send' && json(c.body).includes('Check your ID06 card'),
      ),
    ).toHaveLength(1);
    const after = json((await olle.say(`order ${number}`)).sent);
    expect(after).toMatch(/Anna Berg[^]*sent via e-mail with a link \(sent\)/);

    // The Orders tab's order page says the same per card (development sign-in in local mode).
    const ollePerson = (await harness.app.store.people.findByEmail('olle@contoso.example'))[0]!;
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${harness.url}/api/tab/${path}`, init).then((r) => r.json() as Promise<any>);
    const { token } = await api('development/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: ollePerson.id }),
    });
    const page = await api(`orders/${number}`, { headers: { authorization: `Development ${token}` } });
    expect(page.cards.map((c: any) => [c.name, c.sentVia])).toEqual([
      ['Anna Berg', 'sent via e-mail with a link (sent)'],
      ['Bo Ek', 'sent via e-mail with a link (sent)'],
    ]);
  });
});
