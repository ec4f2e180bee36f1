import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeXlsx } from '../import/helpers';
import { portraitJpeg } from '../photos/fixtures';
import { flatten, startHarness, TeamsUser, type Harness, type TurnResult } from '../support/botHarness';
import { FakeConnector } from '../support/fakeConnector';
import { good, HEADER } from '../support/importRows';

/**
 * Attachments are fetched only from allowed hosts, redirects included. Local mode trusts the
 * local connector (the activity's serviceUrl); `elsewhere` is another service on the same machine
 * (another port), which is not on any list unless a test's settings put it there.
 */
let harness: Harness;
let elsewhere: FakeConnector;
let photo: Buffer;

beforeAll(async () => {
  elsewhere = await new FakeConnector().start();
  harness = await startHarness();
  photo = await portraitJpeg();
});
afterAll(async () => {
  await harness.stop();
  await elsewhere.stop();
});

const said = (r: TurnResult) => r.texts.join('\n');
const FILE = 'application/vnd.microsoft.teams.file.download.info';

async function upToPhoto(user: TeamsUser, swedish = false): Promise<void> {
  await user.say(swedish ? 'nytt kort' : 'new card');
  for (const answer of ['Anna', 'Berg', 'SE', '19900101-1239', 'a@b.se', '0701234567', 'standard', swedish ? 'ja' : 'yes'])
    await user.say(answer);
}

const refusalLogs = () => harness.logs.lines.map((l) => JSON.parse(l)).filter((e) => e.event === 'attachment.refused');

describe('attachment hosts', () => {
  it('does not fetch a Teams file whose downloadUrl is on another host, and says why', async () => {
    const user = new TeamsUser(harness);
    await upToPhoto(user);
    const url = `${elsewhere.addFile('stolen.jpg', photo)}?tempauth=SECRET-TOKEN`;
    const turn = await user.sendAttachment({ contentType: FILE, name: 'anna.jpg', content: { downloadUrl: url, fileType: 'jpg' } });
    expect(said(turn)).toContain('I did not open that file: it points to 127.0.0.1');
    expect(elsewhere.fileRequests).toHaveLength(0);
    const logged = refusalLogs().at(-1);
    expect(logged).toMatchObject({ reason: 'host_not_allowed', hop: 0, url: `${elsewhere.url}files/stolen.jpg` });
    expect(harness.logs.lines.join('\n')).not.toContain('SECRET-TOKEN');
  });

  it('does not follow a redirect of the connector to another host', async () => {
    const user = new TeamsUser(harness);
    await upToPhoto(user);
    const target = elsewhere.addFile('target.jpg', photo);
    const url = harness.connector.addRedirect('moved.jpg', `${target}?sig=abc`);
    const turn = await user.sendAttachment({ contentType: 'image/*', contentUrl: url });
    expect(said(turn)).toContain('it points to 127.0.0.1');
    expect(harness.connector.fileRequests.at(-1)).toMatchObject({ name: 'moved.jpg' });
    expect(elsewhere.fileRequests).toHaveLength(0);
    expect(refusalLogs().at(-1)).toMatchObject({ reason: 'host_not_allowed', hop: 1, url: target });
  });

  it('gives up after three redirects', async () => {
    const user = new TeamsUser(harness);
    await upToPhoto(user);
    const url = harness.connector.addRedirect('loop.jpg', `${harness.connector.url}files/loop.jpg`);
    const before = harness.connector.fileRequests.length;
    const turn = await user.sendAttachment({ contentType: 'image/*', contentUrl: url });
    expect(said(turn)).toContain('I did not open that file');
    expect(harness.connector.fileRequests.length - before).toBe(4);
    expect(refusalLogs().at(-1)).toMatchObject({ reason: 'too_many_redirects', hop: 3 });
  });

  it('refuses a link that is not http(s) in Swedish too', async () => {
    const user = new TeamsUser(harness, { locale: 'sv-SE' });
    await upToPhoto(user, true);
    const turn = await user.sendAttachment({
      contentType: FILE,
      name: 'anna.jpg',
      content: { downloadUrl: 'file:///etc/passwd', fileType: 'jpg' },
    });
    expect(said(turn)).toContain('Jag öppnade inte bilagan');
  });

  it('refuses an import file from another host with a card that says why', async () => {
    const user = new TeamsUser(harness);
    const url = elsewhere.addFile('people.xlsx', await makeXlsx([HEADER, good(0)]), 'application/octet-stream');
    const turn = await user.sendAttachment({ contentType: FILE, name: 'people.xlsx', content: { downloadUrl: url, fileType: 'xlsx' } });
    expect(flatten(turn.sent.at(-1)!.body)).toContain('it points to 127.0.0.1');
    expect(elsewhere.fileRequests).toHaveLength(0);
  });
});

describe('attachment hosts from the settings', () => {
  let configured: Harness;
  beforeAll(async () => {
    configured = await startHarness({ TEAMS_FILE_HOSTS: `127.0.0.1:${new URL(elsewhere.url).port}` });
  });
  afterAll(async () => configured?.stop());

  it('follows a redirect to a file host on TEAMS_FILE_HOSTS and takes the photo', async () => {
    const user = new TeamsUser(configured);
    await upToPhoto(user);
    elsewhere.addFile('cdn.jpg', photo);
    const url = configured.connector.addRedirect('to-cdn.jpg', `${elsewhere.url}files/cdn.jpg`);
    const turn = await user.sendAttachment({ contentType: 'image/*', contentUrl: url });
    expect(JSON.stringify(turn.sent.at(-1)?.body)).toContain('Check the cardholder');
    expect(elsewhere.fileRequests.at(-1)).toMatchObject({ name: 'cdn.jpg' });
  });
});
