import { describe, expect, it } from 'vitest';
import { ConversationState, MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { DialogSet, type DialogState } from 'botbuilder-dialogs';
import { NewCardDialog, NEW_CARD_DIALOG, type NewCardDeps } from '../../dialogs/newCard/newCardDialog';
import type { Draft } from '../../dialogs/newCard/draft';
import { readTurnInput } from '../../dialogs/newCard/cardAction';
import type { ChatTurn } from '../../src/chat/turn';
import { messageText } from '../../src/chat/turnText';
import type { Person } from '../../src/store/ports';

/** The dialog alone on botbuilder's TestAdapter; its services are fakes that record calls. */
function harness(today = new Date('2026-11-25T10:00:00Z')) {
  const added: Draft[] = [];
  const deps: NewCardDeps = {
    now: () => today,
    thumbnailUrl: (id) => `https://bot.example.com/photos/${id}/thumb?sig=x`,
    receivePhoto: async ({ context }) =>
      (context.activity.attachments ?? []).length > 0 ? { ok: true, photo: { id: 'photo-1', findings: [] } } : undefined,
    addToCart: async (_context, draft) => {
      added.push(draft);
      return { cartSize: added.length };
    },
    replaceInCart: async () => ({ replaced: false }),
    showCart: async () => undefined,
  };
  const conversationState = new ConversationState(new MemoryStorage());
  const dialog = new NewCardDialog(deps);
  const dialogs = new DialogSet(conversationState.createProperty<DialogState>('dialogState')).add(dialog);
  const person = { id: 'person-1', tenantId: 'tenant-1', name: 'Anna' } as Person;
  const adapter = new TestAdapter(
    async (context: TurnContext) => {
      const dc = await dialogs.createContext(context);
      const turn: ChatTurn = { context, person: { person, firstContact: false } };
      if (dc.activeDialog) await dialog.answer(dc, turn, readTurnInput(context.activity, messageText(context)));
      else await dc.beginDialog(NEW_CARD_DIALOG, { turn });
      await conversationState.saveChanges(context);
    },
    { channelId: 'msteams', locale: 'en-US' } as Partial<Activity>,
  );
  return { adapter, added };
}

const text = (activity: Partial<Activity>) =>
  [activity.text ?? '', ...(activity.attachments ?? []).map((a) => JSON.stringify(a.content))].join(' ');

/** [user says, bot's (last) reply must match]. */
type Step = [string | Partial<Activity>, RegExp];

async function converse(steps: Step[]) {
  const { adapter, added } = harness();
  let flow: any = adapter;
  for (const [says, expected] of steps) {
    flow = flow.send(says);
    flow = flow.assertReply((reply: Partial<Activity>) => expect(text(reply)).toMatch(expected));
  }
  await flow.startTest();
  return added;
}

const photo: Partial<Activity> = { type: 'message', text: '', attachments: [{ contentType: 'image/jpeg', contentUrl: 'https://x/p.jpg' }] };

describe('new-card dialog', () => {
  it('asks each field in order and names it', async () => {
    await converse([
      ['hi', /first name.*passport or BankID/],
      ['Anna', /last name/],
      ['Berg', /nationality/],
      ['SE', /identity number.*personnummer/],
      ['900101-1239', /e-mail/],
      ['anna@example.com', /mobile/],
      ['0701234567', /card type/],
      ['visitor', /BankID/],
      ['no', /photo/],
      [photo, /Check the cardholder/],
    ]);
  });

  it('asks the date of birth only when the number does not carry one', async () => {
    await converse([
      ['hi', /first name/],
      ['John', /last name/],
      ['Smith', /nationality/],
      ['United Kingdom', /passport or national ID card number/],
      ['123456789', /date of birth/],
      ['1985-06-15', /samordningsnummer/],
      ['no', /e-mail/],
    ]);
  });

  it.each<[string, Step[]]>([
    [
      'a name with digits',
      [
        ['hi', /first name/],
        ['R2D2', /cannot contain digits/],
      ],
    ],
    [
      'a name that is too long',
      [
        ['hi', /first name/],
        ['A'.repeat(51), /longer than 50/],
      ],
    ],
    [
      'a Polish PESEL for a Swede',
      [
        ['hi', /first name/],
        ['Jan', /last name/],
        ['Kowalski', /nationality/],
        ['Sweden', /identity number/],
        ['44051401359', /PESEL/],
      ],
    ],
    [
      'a document number without the date of birth it needs',
      [
        ['hi', /first name/],
        ['J', /last name/],
        ['S', /nationality/],
        ['Canada', /passport/],
        ['AB12345', /date of birth/],
        ['31.12.1990', /YYYY-MM-DD/],
      ],
    ],
  ])('re-asks after %s', async (_name, steps) => {
    await converse(steps);
  });

  it('adds the finished draft to the cart with typed "add"', async () => {
    const added = await converse([
      ['hi', /first name/],
      ['Anna', /last name/],
      ['Berg', /nationality/],
      ['Sverige', /identity number/],
      ['19900101-1239', /e-mail/],
      ['ANNA@EXAMPLE.COM', /mobile/],
      ['+46 70 123 45 67', /card type/],
      ['standard', /BankID/],
      ['ja', /photo/],
      [photo, /Check the cardholder/],
      ['add', /Added Anna Berg to the cart. The cart has 1 cardholder./],
    ]);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      email: 'anna@example.com',
      mobile: '+46701234567',
      nationality: 'SE',
      hasBankId: true,
      identity: { normalized: '199001011239' },
    });
  });
});
