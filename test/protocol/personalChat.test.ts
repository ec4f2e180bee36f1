import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, startHarness, TeamsUser, TENANT, type Harness, type TurnResult } from '../support/botHarness';
import { cardProblems } from '../support/validateCard';
import { waitForCall } from '../support/photoFlow';
import { seedCart } from './checkoutHelpers';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

const MENTION = { entities: [{ type: 'mention', mentioned: { id: '28:bot-id', name: 'ID06' }, text: '<at>ID06</at>' }] };
const TEAM = { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } };
const CHAT_LINK = 'https://teams.microsoft.com/l/chat/0/0?users=28%3Abot-id';
const json = (x: unknown) => JSON.stringify(x);
/**
 * What the turn sent into the conversation it came from: background work of earlier tests (the
 * outbox creating a 1:1 for its invitation) can land in the same window on a busy machine.
 */
const ownSent = (turn: TurnResult, conversationId: string) => turn.sent.filter((c) => c.conversationId === conversationId);
const cardIn = (turn: TurnResult, conversationId: string) => cardOf(ownSent(turn, conversationId).at(-1));

/** The same person in a team channel (bot installed in the team) or a group chat, and in the personal chat. */
function personIn(where: 'channel' | 'groupChat', locale = 'en-US') {
  const personal = new TeamsUser(harness, { locale });
  const elsewhere = new TeamsUser(harness, {
    aadObjectId: personal.aadObjectId,
    locale,
    conversationType: where,
    conversationId: where === 'channel' ? `19:general@thread.tacv2;messageid=${Date.now()}` : `19:group-${personal.aadObjectId}@thread.v2`,
  });
  const say = (text: string) => elsewhere.say(`<at>ID06</at> ${text}`, where === 'channel' ? { ...MENTION, channelData: TEAM } : MENTION);
  return { personal, elsewhere, say };
}

describe('in channels and group chats personal data is never asked', () => {
  it.each(['new card', 'checkout', 'cart', 'import'])(
    '"%s" in a team channel: says why, links to the personal chat, and writes there',
    async (command) => {
      const { personal, elsewhere, say } = personIn('channel');
      await personal.say('hi'); // the personal chat is known
      const turn = await say(command);
      expect(ownSent(turn, elsewhere.conversationId)).toHaveLength(1);
      const card = cardIn(turn, elsewhere.conversationId);
      expect(cardProblems(card)).toEqual([]);
      expect(json(card)).toContain('so I never ask for it in this channel, in front of everyone');
      expect(json(card)).toContain('I have written to you in our personal chat');
      expect(card.actions.find((a: any) => a.type === 'Action.OpenUrl').url).toBe(CHAT_LINK);
      expect(json(card)).not.toMatch(/first name|delivered|Excel/);
      const invitation = await waitForCall(
        harness,
        (c) =>
          c.conversationId === personal.conversationId && c.kind === 'send' && json(cardOf(c)).includes('Personal data is asked only here'),
      );
      const resume = cardOf(invitation).actions.find((a: any) => a.verb === 'command.run');
      expect(resume.title).toBe(`Continue: ${command}`);
      // The button in the personal chat runs the command there.
      const resumed = await personal.click('command.run', resume.data);
      expect(resumed.texts.join('\n')).not.toContain('never ask for it');
    },
  );

  it('the answers in a channel are never stored: no dialog runs there', async () => {
    const { say } = personIn('channel');
    await say('new card');
    expect((await say('Anna')).texts.join()).toMatch(/did not understand "Anna"/);
  });

  it('a group chat in Swedish: says why and links, without writing unasked where Teams does not let it', async () => {
    const { personal, elsewhere, say } = personIn('groupChat', 'sv-SE');
    const mark = harness.connector.calls.length;
    const turn = await say('nytt kort');
    const card = cardIn(turn, elsewhere.conversationId);
    expect(json(card)).toContain('så jag frågar aldrig efter dem i den här gruppchatten');
    expect(json(card)).toContain('Öppna vår personliga chatt');
    expect(card.actions.map((a: any) => a.title)).toEqual(['Öppna den personliga chatten']);
    const person = await harness.app.store.people.findByAad(TENANT, personal.aadObjectId);
    expect((await harness.app.store.outbox.list({ recipient: { kind: 'person', id: person!.id } })).map((m) => m.eventId)).toEqual([]);
    expect(harness.connector.calls.slice(mark).filter((c) => c.conversationId === personal.conversationId)).toEqual([]);
  });

  it('a cart button clicked in a group chat answers with the same card, not the cart', async () => {
    const { personal, elsewhere } = personIn('groupChat');
    await seedCart(harness, personal, [{}]);
    const clicked = await elsewhere.click('cart.show', {});
    expect(json(clicked.body.value)).toContain('never ask for it in this group chat');
    expect(json(clicked.body.value)).not.toContain('Anna Berg');
  });
});
