import { readFileSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { portraitJpeg } from '../photos/fixtures';
import { actionData, cardOf } from '../support/botHarness';
import { BACKENDS } from '../support/stores';
import { isSummaryIn, photoQuestion, reachPhotoStep, waitForCall } from '../support/photoFlow';
import { confirmData, invokeText, ORDER_NUMBER, walkToSummary } from '../protocol/checkoutHelpers';
import { cardWith, FULL_ID_ANNA, itemIdOf, json, shownId, startCast, type Cast } from '../protocol/lifecycleHelpers';

/** Every way the number is written: 12 and 10 digits, with and without the dash. */
const WRITTEN_FORMS = [FULL_ID_ANNA, shownId(FULL_ID_ANNA), FULL_ID_ANNA.slice(2), `${FULL_ID_ANNA.slice(2, 8)}-${FULL_ID_ANNA.slice(8)}`];

/** Slices of a JPEG long enough that random ciphertext never contains one by chance. */
const jpegSlices = (jpeg: Buffer) => [
  jpeg.subarray(0, 48),
  jpeg.subarray(Math.floor(jpeg.length / 2), Math.floor(jpeg.length / 2) + 48),
  jpeg.subarray(-48),
];

let cast: Cast | undefined;
afterEach(async () => cast?.harness.stop());

/** Everything the database holds, as the bytes on disk (SQLite) or every row of every table as text (PostgreSQL). */
async function rawDatabase(c: Cast): Promise<{ bytes: Buffer[]; texts: string[] }> {
  const { harness } = c;
  if (harness.backend === 'sqlite') {
    const files = [harness.dbPath, `${harness.dbPath}-wal`, `${harness.dbPath}-shm`].filter((f) => existsSync(f));
    return { bytes: files.map((f) => readFileSync(f)), texts: [] };
  }
  const tables = await harness.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
  );
  const texts: string[] = [];
  for (const { name } of tables)
    for (const row of await harness.query<{ t: string }>(`SELECT row_to_json(x)::text AS t FROM "${name}" x`)) texts.push(row.t);
  return { bytes: [], texts };
}

describe.each(BACKENDS)('personal data at rest after a whole order [%s]', (backend) => {
  it('the raw database holds no identity number in any written form and no clear JPEG; the app still shows them where needed', async () => {
    cast = await startCast({}, { backend });
    const { harness, olle, rita, anna } = cast;
    await anna.say('hi');
    // New card through the dialog (the draft lives in bot state), with an uploaded photo.
    const { uploadUrl } = photoQuestion(
      await reachPhotoStep(olle, [
        'Anna',
        'Berg',
        'Sverige',
        shownId(FULL_ID_ANNA),
        'anna.berg@contoso.example',
        '070-123 45 67',
        'Standard',
        'yes',
      ]),
    );
    const mark = harness.connector.calls.length;
    const upload = await fetch(uploadUrl, {
      method: 'POST',
      body: new Uint8Array(await portraitJpeg()),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(upload.status).toBe(200);
    const summary = cardOf(await waitForCall(harness, isSummaryIn(olle.conversationId, mark, harness)));
    await olle.click('newcard.add', actionData(summary, { verb: 'newcard.add' }));
    // Checkout, review, the cardholder's approval.
    const confirmed = await olle.click('order.confirm', confirmData(await walkToSummary(olle)));
    const number = json(confirmed.body).match(ORDER_NUMBER)?.[0];
    expect(number, invokeText(confirmed)).toBeTruthy();
    const review = await cardWith(harness, rita, `Review order ${number}`);
    const orderId = itemIdOf(review.card, 'review.decide')?.orderId as string;
    await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
    const approval = await cardWith(harness, anna, 'Check your ID06 card');
    expect(json(approval.card)).toContain(shownId(FULL_ID_ANNA));
    const itemId = itemIdOf(approval.card, 'approval.approve')?.itemId as string;
    await anna.click('approval.approve', { itemId }, approval.call.activityId);

    const [item] = await harness.app.store.orders.items(orderId);
    expect(item?.identityNumber).toBe(FULL_ID_ANNA);
    const photo = await harness.app.store.photos.get(item!.photoId);
    expect(photo?.jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    // The delivered approval card's payload is gone; what waits is sealed.
    const sent = await harness.app.store.outbox.list({ status: 'sent' });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((m) => m.payload.kind === 'delivered')).toBe(true);

    const { bytes, texts } = await rawDatabase(cast);
    const slices = [...jpegSlices(photo!.jpeg), ...jpegSlices(photo!.thumbnail)];
    for (const file of bytes) {
      for (const form of WRITTEN_FORMS) expect(file.includes(Buffer.from(form)), `"${form.slice(0, 6)}…" on disk`).toBe(false);
      for (const [i, slice] of slices.entries())
        expect(
          file.includes(slice),
          `clear JPEG bytes on disk (slice ${i} at ${file.indexOf(slice)} of ${file.length}: ${file.subarray(file.indexOf(slice) - 64, file.indexOf(slice)).toString('latin1')})`,
        ).toBe(false);
    }
    const all = texts.join('\n');
    if (backend === 'postgres') expect(texts.length).toBeGreaterThan(20);
    for (const form of WRITTEN_FORMS) expect(all.includes(form), `"${form.slice(0, 6)}…" in a table`).toBe(false);
    for (const slice of slices) expect(all.includes(slice.toString('hex')), 'clear JPEG bytes in a table').toBe(false);
    // Nor in the log of the whole life cycle.
    for (const form of WRITTEN_FORMS) expect(harness.logs.text.includes(form), `"${form.slice(0, 6)}…" in the log`).toBe(false);
  });
});
