import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portraitJpeg } from '../photos/fixtures';
import { cardOf, startHarness, TeamsUser, type Harness } from '../support/botHarness';
import { isSummaryIn, photoQuestion, reachPhotoStep, waitForCall } from '../support/photoFlow';
import { cardProblems } from '../support/validateCard';

let harness: Harness;
let photo: Buffer;

beforeAll(async () => {
  harness = await startHarness();
  photo = await portraitJpeg();
});
afterAll(async () => harness.stop());

const post = (url: string, body: Buffer, contentType = 'image/jpeg') =>
  fetch(url, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': contentType } });

describe('the photo question offers the upload page', () => {
  it('carries a signed link with only an opaque token, and a task/fetch button', async () => {
    const user = new TeamsUser(harness);
    const { card, uploadUrl, taskData } = photoQuestion(await reachPhotoStep(user));
    expect(cardProblems(card)).toEqual([]);
    expect(uploadUrl).toMatch(new RegExp(`^${harness.url}/upload/[A-Za-z0-9_-]{22}\\?exp=\\d+&sig=[A-Za-z0-9_-]+$`));
    expect(uploadUrl).not.toContain(user.aadObjectId);
    expect(uploadUrl).not.toContain(encodeURIComponent(user.conversationId));
    expect(taskData).toMatchObject({ msteams: { type: 'task/fetch' }, verb: 'photo.upload' });
    const page = await fetch(uploadUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<input class="visually-hidden" id="camera" name="camera" type="file" accept="image/*" capture="user">');
    expect(html).toContain('/upload-assets/teams-js.min.js');
  });
});

describe('uploading through the link', () => {
  it('stores the photo, continues the chat proactively with the summary, and uses the link up', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const mark = harness.connector.calls.length;
    const response = await post(uploadUrl, photo);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, findings: false });

    const summary = await waitForCall(harness, isSummaryIn(user.conversationId, mark, harness));
    const card = cardOf(summary);
    expect(cardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toMatch(/\/photos\/[^"]+\/thumb\?exp=\d+&sig=/);

    const again = await post(uploadUrl, photo);
    expect(again.status).toBe(410);
    expect((await again.json()).message).toMatch(/already been used/);
    const page = await fetch(uploadUrl);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('This upload link has already been used');

    // The dialog really moved on: the summary's Add button works.
    const added = await user.click('newcard.add', { nonce: card.actions[0].data.nonce });
    expect(JSON.stringify(added.body.value)).toContain('Added to the cart.');
  });

  it('lets only one of two simultaneous uploads through the same link succeed', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const statuses = (await Promise.all([post(uploadUrl, photo), post(uploadUrl, photo)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 410]);
  });

  it('refuses a bad photo with its specific message and keeps the link usable', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const gif = Buffer.from('474946383961010001000000002c00000000010001000002024401003b', 'hex');
    const refused = await post(uploadUrl, gif);
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ ok: false, final: false, message: expect.stringMatching(/GIF file\. Only JPG or PNG/) });
    expect((await fetch(uploadUrl)).status).toBe(200);
    const mark = harness.connector.calls.length;
    expect((await post(uploadUrl, photo)).status).toBe(200);
    await waitForCall(harness, isSummaryIn(user.conversationId, mark, harness));
  });

  it('stops reading past the size cap and answers 413 with the size rule', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const big = await post(uploadUrl, Buffer.alloc(7 * 1024 * 1024, 1));
    expect(big.status).toBe(413);
    expect((await big.json()).message).toMatch(/the limit is 5 MB/);
    expect((await fetch(uploadUrl)).status).toBe(200);
  });

  it('answers 403 with a clear page for a tampered signature or token', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const badSig = uploadUrl.replace(/sig=./, (m) => (m.endsWith('A') ? 'sig=B' : 'sig=A'));
    const page = await fetch(badSig);
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('This link is not valid');
    const otherToken = uploadUrl.replace(/\/upload\/./, (m) => (m.endsWith('A') ? '/upload/B' : '/upload/A'));
    expect((await fetch(otherToken)).status).toBe(403);
    expect((await post(badSig, photo)).status).toBe(403);
    expect((await fetch(uploadUrl)).status).toBe(200);
  });

  it('tells the user when an upload arrives after the new card was cancelled', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    await user.say('cancel');
    const mark = harness.connector.calls.length;
    expect((await post(uploadUrl, photo)).status).toBe(200);
    const told = await waitForCall(harness, (c) => harness.connector.calls.indexOf(c) >= mark && c.conversationId === user.conversationId);
    expect(told.body.text).toMatch(/no new card is in progress/);
  });

  it('ignores an event posted from outside that names a photo id', async () => {
    const user = new TeamsUser(harness);
    await reachPhotoStep(user);
    const forged = await user.post(user.activity({ type: 'event', name: 'photo.uploaded', value: { photoId: 'someone-elses-photo' } }));
    expect(forged.status).toBe(200);
    expect(forged.sent).toHaveLength(0);
    const next = await user.say('here');
    expect(next.texts.join('\n')).toMatch(/photo as an image/);
  });

  it('gives a fresh link when the user types "upload"', async () => {
    const user = new TeamsUser(harness);
    const first = photoQuestion(await reachPhotoStep(user)).uploadUrl;
    const turn = await user.say('upload');
    const second = photoQuestion(turn).uploadUrl;
    expect(second).not.toBe(first);
    expect(turn.texts.join('\n')).not.toMatch(/photo as an image/);
  });
});

describe('personal data', () => {
  it('keeps upload links, signatures and the person behind them out of the logs', () => {
    const text = harness.logs.text;
    expect(text).toContain('upload.accepted');
    expect(text).not.toMatch(/sig=|\/upload\/[A-Za-z0-9_-]{22}/);
    // The number's last four, as typed or without the separator (a bare '1239' also matches epoch-ms timestamps).
    expect(text).not.toMatch(/-1239|01011239/);
  });
});

describe('task/fetch: the upload page as a Teams dialog', () => {
  it('answers with a continue response carrying a fresh signed upload URL', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl, taskData } = photoQuestion(await reachPhotoStep(user));
    const fetched = await user.post(
      user.activity({ type: 'invoke', name: 'task/fetch', value: { data: taskData, context: { theme: 'default' } } }),
    );
    expect(fetched.status).toBe(200);
    expect(fetched.body.task.type).toBe('continue');
    const { url, title, height, width } = fetched.body.task.value;
    expect(url).toMatch(new RegExp(`^${harness.url}/upload/[A-Za-z0-9_-]{22}\\?exp=\\d+&sig=`));
    expect(url).not.toBe(uploadUrl);
    expect(title).toBe('Cardholder photo');
    expect([height, width]).toEqual(['large', 'medium']);
    expect((await fetch(url)).status).toBe(200);

    const submitted = await user.post(user.activity({ type: 'invoke', name: 'task/submit', value: { data: { uploaded: true } } }));
    expect(submitted.status).toBe(200);
  });

  it('answers an old card or bad data with a message, not a page', async () => {
    const user = new TeamsUser(harness);
    const { taskData } = photoQuestion(await reachPhotoStep(user));
    const stale = await user.post(user.activity({ type: 'invoke', name: 'task/fetch', value: { data: { ...taskData, nonce: 'old' } } }));
    expect(stale.body.task).toEqual({ type: 'message', value: 'This card is out of date. Please use the newest one in the chat.' });
    const bad = await user.post(
      user.activity({ type: 'invoke', name: 'task/fetch', value: { data: { msteams: { type: 'task/fetch' } } } }),
    );
    expect(bad.body.task.type).toBe('message');
    await user.say('cancel');
    const ended = await user.post(user.activity({ type: 'invoke', name: 'task/fetch', value: { data: taskData } }));
    expect(ended.body.task.value).toMatch(/no longer active/);
  });
});
