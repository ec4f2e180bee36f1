import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeamsUser, TENANT } from '../support/botHarness';
import { spawnBot, type BotProcess } from '../support/botProcess';
import { FakeConnector } from '../support/fakeConnector';
import { FakeMicrosoft } from '../support/fakeMicrosoft';
import { tempDir } from '../support/tmp';
import { APP_ID, CHANNEL_SCOPE, productionEnv, SECRET, stopBot } from './productionHelpers';

/**
 * What the operator sees when a deployment's app id or secret is wrong (README, "Checking a
 * deployment"): the start-up line `auth.bot_token` says so with what to check, and each failed
 * token request logs `auth.token_failed` with Entra's code. The bot keeps running and /healthz
 * stays 200 (the database is fine); it just cannot answer.
 */
let ms: FakeMicrosoft;
let connector: FakeConnector;
let wrongSecret: BotProcess;
let unknownApp: BotProcess;
const dir = tempDir('id06-prodmisconf-');
const UNREGISTERED_APP = '0c0c0c0c-5555-4666-8777-888888888888';

beforeAll(async () => {
  ms = await FakeMicrosoft.start();
  ms.registerApp({ appId: APP_ID, secret: SECRET, tenantId: TENANT });
  connector = await new FakeConnector().start();
  connector.authorize = (authorization) => ms.verifyAccessToken(authorization, { audience: CHANNEL_SCOPE, appId: APP_ID });
  [wrongSecret, unknownApp] = await Promise.all([
    spawnBot(productionEnv(ms, dir.file('secret.sqlite'), { MicrosoftAppPassword: 'the-secret-id-not-its-value' })),
    spawnBot(productionEnv(ms, dir.file('app.sqlite'), { MicrosoftAppId: UNREGISTERED_APP })),
  ]);
}, 90_000);

afterAll(async () => {
  await Promise.all([stopBot(wrongSecret), stopBot(unknownApp)]);
  await connector?.stop();
  await ms?.stop();
  dir.cleanup();
});

describe('a deployment with a wrong app id or secret', () => {
  it.each([
    ['a wrong secret', () => wrongSecret, 'AADSTS7000215', /^MicrosoftAppPassword is not a valid client secret of this app registration/],
    ['an app id Entra does not know', () => unknownApp, 'AADSTS700016', /^MicrosoftAppId is not an app registration in this tenant/],
  ])('says so at start-up with %s', async (_name, bot, code, hint) => {
    const line = await bot().waitForLog((e) => e.event === 'auth.bot_token');
    expect(line).toMatchObject({ ok: false, code, authority: `${ms.url}/${TENANT}` });
    expect(line.hint).toMatch(hint);
    expect(bot().lines.join('\n')).not.toContain('the-secret-id-not-its-value');
    expect((await fetch(`${bot().url}/healthz`)).status).toBe(200);
  });

  it('answers nobody with a wrong secret, and logs why for each attempt', async () => {
    const someone = new TeamsUser({ url: wrongSecret.url, connector });
    const token = await ms.channelToken({ aud: APP_ID, serviceurl: connector.url });
    const turn = await someone.post(someone.activity({ type: 'message', text: 'help', recipient: { id: `28:${APP_ID}` } }), {
      authorization: `Bearer ${token}`,
    });
    // The request itself was genuine (200); the bot's own token is what fails.
    expect(turn.status).toBe(200);
    expect(turn.sent).toEqual([]);
    await wrongSecret.waitForLog((e) => e.event === 'turn.failed' && e.conversationId === someone.conversationId);
    const failures = wrongSecret.lines.filter((l) => l.includes('"event":"auth.token_failed"'));
    expect(failures.length).toBeGreaterThanOrEqual(2); // the start-up check and the turn
    expect(connector.calls.filter((c) => c.conversationId === someone.conversationId)).toEqual([]);
  });
});
