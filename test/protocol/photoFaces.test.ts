import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { WorkerFaceDetector } from '../../src/photos/faces/workerFaceDetector';
import { noFace, onePerson, twoPeople } from '../photos/realPhotos';
import { cardOf, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';
import { isSummaryIn, photoQuestion, reachPhotoStep, waitForCall } from '../support/photoFlow';
import { cardProblems } from '../support/validateCard';

/**
 * The face checks through the real server with the real detector (face-api in its worker), for
 * both ways a photo arrives: sent in the chat, and uploaded through the signed page.
 */
const faces = new WorkerFaceDetector({ log: createLogger('silent') });
let harness: Harness;
let one: Buffer;
let two: Buffer;
let empty: Buffer;

beforeAll(async () => {
  harness = await startHarness({}, { faces });
  [one, two, empty] = await Promise.all([onePerson(), twoPeople(), noFace()]);
});
afterAll(async () => {
  await harness.stop();
  await faces.close();
});

let files = 0;
function sendPhoto(user: TeamsUser, bytes: Buffer): Promise<TurnResult> {
  const url = harness.connector.addFile(`photo-${++files}.jpg`, bytes);
  return user.sendAttachment({
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    name: 'photo.jpg',
    content: { downloadUrl: url, fileType: 'jpg' },
  });
}
const post = (url: string, body: Buffer) =>
  fetch(url, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': 'image/jpeg' } });

describe('a photo sent in the chat', () => {
  it('with two people is refused with the reason, and the one-person photo sent next is framed and summarised', async () => {
    const user = new TeamsUser(harness);
    await reachPhotoStep(user);
    const refused = await sendPhoto(user, two);
    expect(refused.texts.join('\n')).toContain('This photo shows 2 faces. The card photo may show only the cardholder');

    const taken = await sendPhoto(user, one);
    const summary = cardOf(taken.sent.at(-1));
    expect(cardProblems(summary)).toEqual([]);
    expect(JSON.stringify(summary)).toContain('the picture shows it as it will be printed');
    // The thumbnail on the summary is the framed result: fetch it through its signed link.
    const thumbnailUrl = JSON.stringify(summary).match(/"(http[^"]+\/photos\/[^"]+\/thumb\?exp=\d+&sig=[^"]+)"/)?.[1];
    const thumbnail = Buffer.from(await (await fetch(thumbnailUrl!)).arrayBuffer());
    expect(await sharp(thumbnail).metadata()).toMatchObject({ width: 150, height: 200 });
    // The operator sees what the checks measured, never the photo.
    expect(harness.logs.text).toMatch(/"event":"photo.accepted".*"face":\{"score":/);
  });

  it('in Swedish, without a face: the Swedish reason', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    await user.say('nytt kort');
    for (const answer of ['Anna', 'Berg', 'Sverige', '19900101-1239', 'anna.berg@example.com', '070-123 45 67', 'Standard', 'ja'])
      await user.say(answer);
    const refused = await sendPhoto(user, empty);
    expect(refused.texts.join('\n')).toContain('Inget ansikte hittades i fotot.');
  });
});

describe('a photo uploaded through the page', () => {
  it('without a face is refused with 422 and the reason, the link stays usable, and a good photo goes through', async () => {
    const user = new TeamsUser(harness);
    const { uploadUrl } = photoQuestion(await reachPhotoStep(user));
    const refused = await post(uploadUrl, empty);
    expect(refused.status).toBe(422);
    expect((await refused.json()).message).toContain('No face was found in this photo.');

    const mark = harness.connector.calls.length;
    const accepted = await post(uploadUrl, one);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ ok: true, findings: false });
    await waitForCall(harness, isSummaryIn(user.conversationId, mark, harness));
  });
});
