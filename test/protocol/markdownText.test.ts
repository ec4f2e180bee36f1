import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeXlsx } from '../import/helpers';
import { flatten } from '../support/botHarness';
import { good, HEADER } from '../support/importRows';
import { invokeCard } from './checkoutHelpers';
import { cardWith, placeOrderFor, startCast, until, type Cast } from './lifecycleHelpers';

/**
 * Teams renders Markdown in card text and chat messages. What people typed (reasons) or named
 * (files, spreadsheet columns) must show as written: never bold, never a link that looks like ours.
 */
let cast: Cast;
beforeEach(async () => {
  cast = await startCast();
});
afterEach(async () => cast.harness.stop());

const DECLINE = '**Bosse** _not_ Bo, see [the form](https://evil.example)';
const DECLINE_SHOWN = '\\*\\*Bosse\\*\\* \\_not\\_ Bo, see \\[the form\\](https://evil.example)';
const REJECT = '# Photo: not him ~~at all~~';
const REJECT_SHOWN = '\\# Photo: not him \\~\\~at all\\~\\~';

const textOf = (card: unknown) => flatten({ attachments: [{ content: card }] });

describe('Markdown in what people typed or named is shown as written', () => {
  it("a cardholder's reason on their card, on the orderer's card and in the order history; an issuer's reason on the review card and in the orderer's news", async () => {
    const { harness, olle, rita, anna, bo } = cast;
    await anna.say('hi');
    await bo.say('hi');
    const { number, orderId } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, 'Review order');
    const boItem = review.card.body.find((b: any) => b.id === 'itemId').choices.find((c: any) => c.title === 'Bo Ek').value;
    const rejectOne = review.card.actions.find((a: any) => a.verb === 'review.rejectItem').data;
    const rejected = await rita.click('review.rejectItem', { ...rejectOne, itemId: boItem, reason: REJECT }, review.call.activityId);
    expect(rejected.status).toBe(200);
    // The orderer's news line about the rejected card, waiting in the outbox for its coalescing window.
    const news = async () =>
      (await harness.app.store.outbox.list({ status: 'pending' }))
        .map((m) => String(m.payload.line ?? ''))
        .filter((l) => l.includes('Photo'));
    await until(harness, async () => (await news()).length > 0, 'the news line about the rejected card');
    for (const line of await news()) {
      expect(line).toContain(REJECT_SHOWN);
      expect(line).not.toContain(REJECT);
    }

    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    const annaCard = await cardWith(harness, anna, 'Check your ID06 card');
    const decline = { ...annaCard.card.actions.find((a: any) => a.data.decision === 'decline').data, field: 'name', reason: DECLINE };
    const declined = await anna.click('approval.decide', decline, annaCard.call.activityId);
    const decidedText = textOf(invokeCard(declined));
    expect(decidedText).toContain(DECLINE_SHOWN);
    expect(decidedText).not.toContain(DECLINE);

    const told = await cardWith(harness, olle, 'says the name is wrong');
    expect(textOf(told.card)).toContain(DECLINE_SHOWN);
    expect(textOf(told.card)).not.toContain('**Bosse**');

    const detail = textOf((await olle.say(`order ${number}`)).sent.map((s) => s.body.attachments?.[0]?.content).find(Boolean));
    expect(detail).toContain(`said something is wrong: ${DECLINE_SHOWN}`);
    expect(detail).toContain(`rejected by the issuer: ${REJECT_SHOWN}`);
    // Stored as typed: the escaping is only how it is shown in Teams.
    expect((await harness.app.store.orders.items(orderId)).map((i) => i.reason)).toEqual([DECLINE, REJECT]);
  });

  it("an imported file's name on the checking card and on the result card", async () => {
    const { harness, olle } = cast;
    const name = '**Q4** _crew_ [list](https://evil.example).xlsx';
    const url = harness.connector.addFile(`${olle.aadObjectId}-q4.xlsx`, await makeXlsx([HEADER, good(1)]), 'application/octet-stream');
    const turn = await olle.sendAttachment({
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      name,
      content: { downloadUrl: url, fileType: 'xlsx' },
    });
    const checking = turn.sent.at(-1)!;
    expect(flatten(checking.body)).toContain('\\*\\*Q4\\*\\* \\_crew\\_ \\[list\\](https://evil.example).xlsx');
    expect(flatten(checking.body)).not.toContain('**Q4**');
    let result: unknown;
    await until(
      harness,
      () =>
        !!(result = harness.connector.calls.find(
          (c) => c.kind === 'update' && c.activityId === checking.activityId && /Checked|problem/i.test(flatten(c.body)),
        )),
      'the result card',
    );
    const text = flatten((result as { body: unknown }).body);
    expect(text).toContain('\\*\\*Q4\\*\\*');
    expect(text).not.toContain('**Q4**');
  });
});
