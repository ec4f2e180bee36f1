import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardOf, TeamsUser, TENANT } from '../support/botHarness';
import { cardProblems } from '../support/validateCard';
import { invokeCard, invokeText } from './checkoutHelpers';
import { json, placeOrderFor, startCast, until, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

const CHANNEL = '19:site-north@thread.tacv2';
const reply = (r: { sent: { kind: string }[] }) => cardOf(r.sent.find((c) => c.kind === 'reply') as never);
const grant = (card: any) => card.actions.find((a: any) => a.verb === 'admin.grant').data;

describe('the admin card', () => {
  it('adds and removes people by e-mail (pending until first contact), refuses non-admins, and is in help only for admins', async () => {
    const { harness, olle, maja } = cast;
    const card = reply(await olle.say('admin'));
    expect(cardProblems(card)).toEqual([]);
    expect(json(card)).toContain('Administer Demo Bygg AB');
    expect(json(reply(await olle.say('help')))).toContain('admin');

    const pending = invokeCard(await olle.click('admin.grant', { ...grant(card), email: 'New.Manager@contoso.example', role: 'manager' }));
    expect(json(pending)).toContain('new.manager@contoso.example will be manager when they first open the bot');
    expect(json(invokeCard(await olle.click('admin.grant', { ...grant(card), email: 'not an address', role: 'manager' })))).toContain(
      'valid e-mail',
    );
    expect(json(invokeCard(await olle.click('admin.grant', { ...grant(card), email: 'maja@contoso.example', role: 'manager' })))).toContain(
      'already is manager',
    );
    const removed = invokeCard(await olle.click('admin.revoke', { ...grant(card), email: 'maja@contoso.example', role: 'admin' }));
    expect(json(removed)).toContain('maja@contoso.example is no longer admin');

    expect(json(reply(await maja.say('help')))).not.toContain('"admin"');
    expect(invokeText(await maja.click('admin.grant', { ...grant(card), email: 'x@contoso.example', role: 'admin' }))).toContain(
      'Only a company admin',
    );
    // A second company: the card offers a switch, and shows only companies the user administers.
    const other = await harness.app.store.companies.create({ id: 'alfa-bygg', tenantId: TENANT, name: 'Alfa Bygg AB', orgNumber: null });
    await harness.app.store.companies.grant(other.id, (await harness.app.store.people.findByAad(TENANT, olle.aadObjectId))!.id, 'admin');
    const two = reply(await olle.say('admin'));
    expect(json(two)).toContain('Administer Alfa Bygg AB');
    const switchTo = two.actions.find((a: any) => a.verb === 'admin.show');
    expect(json(invokeCard(await olle.click('admin.show', { ...switchTo.data, switchTo: 'demo-company' })))).toContain(
      'Administer Demo Bygg AB',
    );
    expect(invokeText(await maja.click('admin.show', { ...switchTo.data, switchTo: 'alfa-bygg' }))).toContain('Only a company admin');
    const newManager = new TeamsUser(harness, { name: 'Nils', email: 'new.manager@contoso.example' });
    await newManager.say('hi');
    const person = (await harness.app.store.people.findByEmail('new.manager@contoso.example'))[0]!;
    expect((await harness.app.store.companies.rolesOf(person.id)).map((r) => r.role)).toContain('manager');
  });

  it('subscribes the current channel, which then gets the order events', async () => {
    const { harness, olle, time } = cast;
    const inChannel = new TeamsUser(harness, {
      aadObjectId: olle.aadObjectId,
      name: 'Olle Orderer',
      email: 'olle@contoso.example',
      conversationId: `${CHANNEL};messageid=1700000000000`,
      conversationType: 'channel',
    });
    const card = reply(await inChannel.say('admin'));
    const subscribe = card.actions.find((a: any) => a.verb === 'admin.subscribe');
    expect(subscribe).toBeTruthy();
    expect(json(invokeCard(await inChannel.click('admin.subscribe', subscribe.data)))).toContain('This channel now receives');
    expect(reply(await olle.say('admin')).actions.some((a: any) => a.verb === 'admin.subscribe')).toBe(false);

    const { number } = await placeOrderFor(cast);
    time.advance(61_000);
    await harness.app.outbox.runOnce();
    await until(harness, () => harness.connector.calls.some((c) => c.kind === 'send' && c.conversationId === CHANNEL));
    const post = harness.connector.calls.find((c) => c.kind === 'send' && c.conversationId === CHANNEL)!;
    expect(json(post.body)).toContain(`Order ${number}`);
    expect(json(post.body)).toContain('Submitted with 2 cards');
  });
});
