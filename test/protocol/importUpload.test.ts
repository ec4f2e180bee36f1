import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeXlsx } from '../import/helpers';
import { actionData, cardOf, flatten, startHarness, TeamsUser, type Harness } from '../support/botHarness';
import type { RecordedCall } from '../support/fakeConnector';
import { badCheckDigit, good, HEADER } from '../support/importRows';
import { waitForCall } from '../support/photoFlow';
import { cardProblems } from '../support/validateCard';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

/** The `import` card of a user, and its "Upload from computer" link. */
async function importLink(user: TeamsUser): Promise<{ card: any; uploadUrl: string }> {
  const turn = await user.say(user.opts.locale?.startsWith('sv') ? 'importera' : 'import');
  // Only this user's chat: another user's import job may update its card while this turn runs.
  const card = cardOf(turn.sent.filter((c) => c.conversationId === user.conversationId).at(-1));
  const open = (card?.actions ?? []).filter((a: any) => a.type === 'Action.OpenUrl');
  const upload = open.find((a: any) => /\/upload\//.test(a.url));
  if (!upload) throw new Error(`no upload link on ${JSON.stringify(card)}`);
  return { card, uploadUrl: upload.url };
}

const post = (url: string, body: Buffer, fileName = 'people.xlsx') =>
  fetch(url, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'content-type': XLSX, 'x-file-name': encodeURIComponent(fileName) },
  });

const inConversation = (user: TeamsUser, mark: number) => (c: RecordedCall) =>
  harness.connector.calls.indexOf(c) >= mark && c.conversationId === user.conversationId;

describe('the import card offers the upload page', () => {
  it('carries a signed single-use link with only an opaque token, to a page for .xlsx/.zip without a camera', async () => {
    const user = new TeamsUser(harness);
    const { card, uploadUrl } = await importLink(user);
    expect(cardProblems(card)).toEqual([]);
    expect(card.actions.map((a: any) => a.title)).toEqual(['Download the template', 'Upload from computer']);
    expect(flatten({ attachments: [{ content: card }] })).toContain('or choose **Upload from computer**');
    expect(uploadUrl).toMatch(new RegExp(`^${harness.url}/upload/[A-Za-z0-9_-]{22}\\?exp=\\d+&sig=[A-Za-z0-9_-]+$`));
    expect(uploadUrl).not.toContain(user.aadObjectId);

    const page = await fetch(uploadUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<input class="visually-hidden" id="file" name="file" type="file" accept=".xlsx,.zip">');
    expect(html).not.toContain('id="camera"');
    expect(html).toContain('data-max-bytes="20971520"');
    expect(html).toContain('<title>Import cardholders – ID06</title>');
  });
});

describe('uploading an import file through the link', () => {
  it('answers at once, then posts the result card in the chat and updates it in place with the checked counts', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = await importLink(user);
    const mark = harness.connector.calls.length;
    const response = await post(uploadUrl, await makeXlsx([HEADER, good(200), good(201), badCheckDigit]), 'Personal Q4.xlsx');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });

    const checking = await waitForCall(harness, (c) => inConversation(user, mark)(c) && c.kind !== 'update');
    expect(flatten(checking.body)).toContain('Import: Personal Q4.xlsx');
    expect(flatten(checking.body)).toContain('Checking the file');
    expect(cardProblems(cardOf(checking))).toEqual([]);

    const result = await waitForCall(
      harness,
      (c) => c.kind === 'update' && c.activityId === checking.activityId && /Checked 3 rows/.test(flatten(c.body)),
      20_000,
    );
    const card = cardOf(result);
    expect(cardProblems(card)).toEqual([]);
    expect(card.body.find((b: any) => b.type === 'FactSet').facts).toEqual([
      { title: 'Ready', value: '2' },
      { title: 'With problems', value: '1' },
      { title: 'Without photo (add later)', value: '2' },
    ]);
    expect(flatten(result.body)).toMatch(/4, national\\_identity\\_number: .*check digit/);
    // One card only: nothing else was posted into the chat for this file.
    expect(harness.connector.since(mark).filter((c) => c.conversationId === user.conversationId && c.kind !== 'update')).toHaveLength(1);

    const confirmed = await user.click('import.confirm', actionData(card, { verb: 'import.confirm' }));
    expect(JSON.stringify(confirmed.body.value)).toContain('Added 2 cardholders to the cart.');
  });

  it('uses the link up: a second upload gets 410 and the page says the link was used', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = await importLink(user);
    const file = await makeXlsx([HEADER, good(210)]);
    expect((await post(uploadUrl, file)).status).toBe(200);
    const again = await post(uploadUrl, file);
    expect(again.status).toBe(410);
    expect((await again.json()).message).toMatch(/already been used.*type import in the chat to get a new link/);
    const page = await fetch(uploadUrl);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('This upload link has already been used');
  });

  it('lets only one of two simultaneous uploads through the same link in', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = await importLink(user);
    const file = await makeXlsx([HEADER, good(220)]);
    const statuses = (await Promise.all([post(uploadUrl, file), post(uploadUrl, file)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 410]);
  });

  it('refuses a file over 20 MB with 413 and the size rule, and keeps the link usable', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = await importLink(user);
    const mark = harness.connector.calls.length;
    const big = await post(uploadUrl, Buffer.alloc(20 * 1024 * 1024 + 300 * 1024, 1), 'big.zip');
    expect(big.status).toBe(413);
    expect((await big.json()).message).toBe(
      'The file is 20.3 MB; the limit is 20 MB. Send the photos in several smaller ZIP files, or make them smaller.',
    );
    const huge = await post(uploadUrl, Buffer.alloc(25 * 1024 * 1024, 1), 'huge.zip');
    expect(huge.status).toBe(413);
    expect((await huge.json()).message).toMatch(/^The file is > 21 MB; the limit is 20 MB\./);
    expect(harness.connector.since(mark).filter((c) => c.conversationId === user.conversationId)).toEqual([]);
    expect((await fetch(uploadUrl)).status).toBe(200);
  });

  it('refuses an empty upload without using the link up', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = await importLink(user);
    const empty = await post(uploadUrl, Buffer.alloc(0));
    expect(empty.status).toBe(422);
    expect((await empty.json()).message).toBe('The file is empty.');
    expect((await fetch(uploadUrl)).status).toBe(200);
  });

  it('answers 403 for a tampered signature and leaves the real link usable', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = await importLink(user);
    const forged = uploadUrl.replace(/sig=./, (m) => (m.endsWith('A') ? 'sig=B' : 'sig=A'));
    expect((await fetch(forged)).status).toBe(403);
    expect((await post(forged, await makeXlsx([HEADER, good(230)]))).status).toBe(403);
    expect((await fetch(uploadUrl)).status).toBe(200);
  });

  it('speaks Swedish when the link came from a Swedish chat', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    const { card, uploadUrl } = await importLink(user);
    expect(card.actions.map((a: any) => a.title)).toContain('Ladda upp från datorn');
    const html = await (await fetch(uploadUrl)).text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('Ladda upp importfilen');
    const mark = harness.connector.calls.length;
    expect((await post(uploadUrl, await makeXlsx([HEADER, good(240)]))).status).toBe(200);
    const checking = await waitForCall(harness, (c) => inConversation(user, mark)(c) && c.kind !== 'update');
    expect(flatten(checking.body)).toContain('Kontrollerar filen');
    await waitForCall(
      harness,
      (c) => c.kind === 'update' && c.activityId === checking.activityId && /Kontrollerade 1 rad\./.test(flatten(c.body)),
      20_000,
    );
  });
});
