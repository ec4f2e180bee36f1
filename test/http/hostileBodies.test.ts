import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../support/fakeConnector';
import { TeamsUser } from '../support/botHarness';
import { spawnBot, type BotProcess } from '../support/botProcess';
import { tempDir } from '../support/tmp';

/** What a hostile client got: a status, or the connection cut (`dropped`). */
type Outcome = { status: number; body: string } | { dropped: true };

interface RawPost {
  headers: Record<string, string>;
  /** Written at once; `drip` then keeps writing (a slow or never-ending upload) until the server answers. */
  body?: Buffer;
  drip?: { chunk: Buffer; everyMs: number };
}

let connector: FakeConnector;
let dir: ReturnType<typeof tempDir>;
let bot: BotProcess;
const BODY_TIMEOUT_MS = 1_500;

beforeAll(async () => {
  connector = await new FakeConnector().start();
  dir = tempDir('id06-hostile-');
  bot = await spawnBot({ DATABASE_PATH: dir.file('bot.sqlite'), BODY_TIMEOUT_MS: String(BODY_TIMEOUT_MS) });
}, 120_000);
afterAll(async () => {
  bot?.child.kill('SIGKILL');
  await connector.stop();
  dir.cleanup();
});

function rawPost({ headers, body, drip }: RawPost): Promise<Outcome> {
  return new Promise((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const req = request(
      `${bot.url}/api/messages`,
      { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        clearInterval(timer);
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', () => resolve({ dropped: true }));
      },
    );
    req.on('error', () => {
      clearInterval(timer);
      resolve({ dropped: true });
    });
    if (body) req.write(body);
    if (drip) timer = setInterval(() => req.write(drip.chunk), drip.everyMs);
    else req.end();
  });
}

const activity = JSON.stringify({
  type: 'message',
  text: 'help',
  channelId: 'msteams',
  serviceUrl: 'http://127.0.0.1:1/',
  conversation: { id: 'c' },
});
const gzipped = gzipSync(Buffer.from(activity));

/** The bot is still up and serving: its process, /healthz and a real turn of another user. */
async function stillServing(): Promise<void> {
  expect(bot.child.exitCode).toBeNull();
  expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  const user = new TeamsUser({ url: bot.url, connector });
  const turn = await user.say('help');
  expect(turn.status).toBe(200);
  expect(turn.texts.join('\n')).not.toBe('');
}

describe('hostile request bodies against the real process', { timeout: 60_000 }, () => {
  it.each<[string, RawPost]>([
    ['a gzip header on a body that is not gzip', { headers: { 'content-encoding': 'gzip' }, body: Buffer.from(activity) }],
    ['a truncated gzip stream', { headers: { 'content-encoding': 'gzip' }, body: gzipped.subarray(0, gzipped.length - 12) }],
    ['a gzip bomb (64 MB of zeros)', { headers: { 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(64 * 1024 * 1024)) }],
    ['valid gzip', { headers: { 'content-encoding': 'gzip' }, body: gzipped }],
    ['deflate', { headers: { 'content-encoding': 'deflate' }, body: Buffer.from('x') }],
    ['an encoding in capitals with a space', { headers: { 'content-encoding': ' GZIP' }, body: Buffer.from('garbage') }],
  ])('refuses %s with 415 and keeps serving', async (_name, post) => {
    const outcome = await rawPost(post);
    expect(outcome).toMatchObject({ status: 415 });
    expect((outcome as { body: string }).body).toContain('unsupported content encoding');
    await stillServing();
  });

  it('answers a plain activity with an identity encoding as before', async () => {
    const user = new TeamsUser({ url: bot.url, connector });
    const outcome = await rawPost({
      headers: { 'content-encoding': 'identity' },
      body: Buffer.from(JSON.stringify(user.activity({ type: 'message', text: 'help' }))),
    });
    expect(outcome).toMatchObject({ status: 200 });
  });

  it('answers 408 to an upload that stalls after a few bytes, and serves others meanwhile', async () => {
    const stalled = rawPost({
      headers: { 'content-length': '5000' },
      body: Buffer.from('{"type":'),
      drip: { chunk: Buffer.alloc(0), everyMs: 1_000 },
    });
    await stillServing(); // while the stalled upload holds its connection
    expect(await stalled).toMatchObject({ status: 408 });
  });

  it('answers 408 to a chunked body that drips forever', async () => {
    const outcome = await rawPost({ headers: {}, body: Buffer.from('{"text":"'), drip: { chunk: Buffer.from('a'), everyMs: 100 } });
    expect(outcome).toMatchObject({ status: 408 });
    await stillServing();
  });

  it('cuts a chunked body that never ends at the size cap', async () => {
    const outcome = await rawPost({
      headers: {},
      body: Buffer.from('{"text":"'),
      drip: { chunk: Buffer.alloc(64 * 1024, 0x61), everyMs: 1 },
    });
    expect('dropped' in outcome || outcome.status === 413).toBe(true);
    await stillServing();
    // Neither the stall nor the flood crashed anything: the operator sees why each was refused.
    expect(bot.lines.join('\n')).toMatch(/"status":408,"reason":"timeout"/);
  });
});
