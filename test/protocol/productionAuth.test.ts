import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../src/store/sqlite';
import { TeamsUser, TENANT } from '../support/botHarness';
import { spawnBot, type BotProcess, type LogEntry } from '../support/botProcess';
import { waitFor } from '../support/waitFor';
import { FakeConnector } from '../support/fakeConnector';
import { FakeMicrosoft } from '../support/fakeMicrosoft';
import type { SigningKey } from '../support/signingKeys';
import { testKeyRing } from '../support/productionEnv';
import { tempDir } from '../support/tmp';
import { APP_ID, CHANNEL_SCOPE, productionEnv, SECRET, stopBot } from './productionHelpers';

/**
 * Production mode end to end, offline: the bot runs as a real process with an app id and secret,
 * checks Teams' tokens against the (fake) Bot Framework OpenID metadata and key set, gets its own
 * token from the (fake) Entra token endpoint over https (a throwaway CA it trusts through
 * NODE_EXTRA_CA_CERTS), and answers on the fake connector, which accepts only that token.
 */
const OTHER_APP_ID = '0b0b0b0b-1111-4222-8333-444444444444';
const OTHER_TENANT = '99999999-9999-4999-8999-999999999999';

let ms: FakeMicrosoft;
let connector: FakeConnector;
let bot: BotProcess;
let notEndorsedForTeams: SigningKey;
let neverPublished: SigningKey;
const dir = tempDir('id06-prodauth-');

const botEnv = () => productionEnv(ms, dir.file('bot.sqlite'));

beforeAll(async () => {
  ms = await FakeMicrosoft.start();
  ms.registerApp({ appId: APP_ID, secret: SECRET, tenantId: TENANT });
  // Published before the bot first loads the key set (it caches it for 24 h).
  notEndorsedForTeams = ms.addChannelKey({ endorsements: ['webchat'] });
  neverPublished = ms.addChannelKey({ publish: false });
  connector = await new FakeConnector().start();
  connector.authorize = (authorization) => ms.verifyAccessToken(authorization, { audience: CHANNEL_SCOPE, appId: APP_ID });
  bot = await spawnBot(botEnv());
}, 60_000);

afterAll(async () => {
  await stopBot(bot);
  await connector?.stop();
  await ms?.stop();
  dir.cleanup();
});

const user = (opts: { aadObjectId?: string } = {}) => new TeamsUser({ url: bot.url, connector }, { name: 'Petra Production', ...opts });
const helpFrom = (u: TeamsUser, extra: Record<string, unknown> = {}) =>
  u.activity({ type: 'message', text: 'help', recipient: { id: `28:${APP_ID}`, name: 'ID06' }, ...extra });
const teamsToken = (overrides: Record<string, unknown> = {}, opts: Parameters<FakeMicrosoft['channelToken']>[1] = {}) =>
  ms.channelToken({ aud: APP_ID, serviceurl: connector.url, ...overrides }, opts);

describe('production mode against fake Microsoft services', () => {
  it("logs at start-up that the bot's token works", async () => {
    const line = await bot.waitForLog((e) => e.event === 'auth.bot_token');
    expect(line).toMatchObject({ ok: true, appId: APP_ID, authority: `${ms.url}/${TENANT}` });
  });

  it("accepts a correctly signed Teams request, runs the turn and replies with the bot's own token", async () => {
    const petra = user();
    const issuedBefore = ms.issuedTokens.length;
    const mark = connector.authHeaders.length;
    const turn = await petra.post(helpFrom(petra), { authorization: `Bearer ${await teamsToken()}` });

    expect(turn.status).toBe(200);
    expect(turn.texts.join('\n')).toContain('new card');
    // Every call of the turn (member lookup, reply) carried a token the fake login endpoint issued
    // for this app and the channel's scope; the connector refuses anything else with 401.
    const headers = connector.authHeaders.slice(mark);
    expect(headers.length).toBeGreaterThanOrEqual(2);
    for (const header of headers)
      expect(await ms.verifyAccessToken(header, { audience: CHANNEL_SCOPE, appId: APP_ID })).toMatchObject({ tid: TENANT });
    expect(ms.issuedTokens.length).toBeGreaterThan(issuedBefore);
    expect(ms.tokenRequests.filter((r) => r.outcome === 'issued')).toContainEqual({
      tenantId: TENANT,
      clientId: APP_ID,
      scope: `${CHANNEL_SCOPE}/.default`,
      grantType: 'client_credentials',
      outcome: 'issued',
    });
    // The bot asked only for what the fakes serve (no instance discovery at login.microsoftonline.com).
    expect(ms.requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(new Set(ms.requests.map((r) => `${r.method} ${r.path}`))).toEqual(
      new Set([
        'GET /botframework/v1/.well-known/openidconfiguration',
        'GET /botframework/v1/.well-known/keys',
        `GET /${TENANT}/v2.0/.well-known/openid-configuration`,
        `POST /${TENANT}/oauth2/v2.0/token`,
      ]),
    );
  });

  type Refusal = [
    name: string,
    status: 401 | 403,
    reason: RegExp,
    request: (u: TeamsUser) => Promise<{ activity: Record<string, unknown>; token?: string }>,
    hint?: string,
  ];
  const refusals: Refusal[] = [
    ['no token at all', 401, /not authorized/i, async (u) => ({ activity: helpFrom(u) })],
    [
      'a token for another app (audience)',
      401,
      /Invalid AppId passed on token/,
      async (u) => ({ activity: helpFrom(u), token: await teamsToken({ aud: OTHER_APP_ID }) }),
      `the token is for app ${OTHER_APP_ID}, but MicrosoftAppId is ${APP_ID}: use the Azure Bot's app id`,
    ],
    [
      'a token from another issuer',
      401,
      /No valid identity/,
      async (u) => ({ activity: helpFrom(u), token: await teamsToken({ iss: 'https://api.botframework.example.com' }) }),
    ],
    [
      'an expired token',
      401,
      /expired/,
      async (u) => ({
        activity: helpFrom(u),
        token: await teamsToken({}, { issuedAt: Math.floor(Date.now() / 1000) - 7200, lifetimeSec: 3600 }),
      }),
    ],
    [
      'a token signed by a key the channel never published',
      401,
      /Signing Key could not be retrieved/,
      async (u) => ({ activity: helpFrom(u), token: await teamsToken({}, { key: neverPublished }) }),
    ],
    [
      'a forged signature under a published key id',
      401,
      /invalid signature/,
      async (u) => ({ activity: helpFrom(u), token: await teamsToken({}, { key: neverPublished, kid: ms.channel.keys[0]!.kid }) }),
    ],
    [
      'a key not endorsed for msteams',
      401,
      /endorsement/,
      async (u) => ({ activity: helpFrom(u), token: await teamsToken({}, { key: notEndorsedForTeams }) }),
    ],
    [
      'a serviceurl claim different from the activity',
      401,
      /ServiceUrl claim/,
      async (u) => ({ activity: helpFrom(u), token: await teamsToken({ serviceurl: 'https://smba.trafficmanager.net/emea/' }) }),
    ],
    [
      'a tenant not in ALLOWED_TENANT_IDS',
      403,
      /tenant not allowed/,
      async (u) => ({
        activity: helpFrom(u, {
          channelData: { tenant: { id: OTHER_TENANT } },
          conversation: { id: u.conversationId, conversationType: 'personal', tenantId: OTHER_TENANT },
        }),
        token: await teamsToken(),
      }),
    ],
  ];

  it.each(refusals)('refuses %s with %i, and no turn runs', async (_name, status, reason, request, hint) => {
    const someone = user();
    const { activity, token } = await request(someone);
    const connectorCalls = connector.authHeaders.length;
    const tokenRequests = ms.tokenRequests.length;
    const turn = await someone.post(activity, token ? { authorization: `Bearer ${token}` } : {});

    expect(turn.status).toBe(status);
    const event = status === 403 ? 'activity.refused' : 'auth.refused';
    const logged = await bot.waitForLog(
      (e: LogEntry) =>
        e.event === event && reason.test(String(e.reason)) && e.conversationId === (status === 403 ? undefined : someone.conversationId),
    );
    expect(logged.reason).toMatch(reason);
    expect(logged.hint).toBe(hint);
    // No turn: nothing reached the connector (not even the member lookup of the first message) and no token was needed.
    expect(connector.authHeaders.length).toBe(connectorCalls);
    expect(ms.tokenRequests.length).toBe(tokenRequests);
  });

  it('delivers a proactive message (the outbox) with a token the proactive adapter gets itself', async () => {
    const olga = user();
    expect((await olga.post(helpFrom(olga), { authorization: `Bearer ${await teamsToken()}` })).status).toBe(200);
    await stopBot(bot);

    // A message waiting in the outbox when the bot starts: a fresh process, so no token is cached
    // and the start-up check deliberately leaves botbuilder's cache empty.
    const store = createSqliteStore(dir.file('bot.sqlite'), undefined, testKeyRing());
    const person = await store.people.findByAad(TENANT, olga.aadObjectId);
    await store.outbox.enqueue([
      {
        eventId: 'prod-proactive-1',
        recipient: { kind: 'person', id: person!.id },
        tenantId: TENANT,
        payload: { kind: 'text', text: 'Your order moved' },
      },
    ]);
    await store.close();

    const requestsBefore = ms.tokenRequests.length;
    bot = await spawnBot(botEnv());
    await bot.waitForLog((e) => e.event === 'auth.bot_token');
    const sent = await until(() => connector.calls.find((c) => c.kind === 'send' && c.conversationId === olga.conversationId));
    expect(sent.body.text).toBe('Your order moved');
    expect(await ms.verifyAccessToken(sent.authorization, { audience: CHANNEL_SCOPE, appId: APP_ID })).not.toBeNull();
    // One token for the start-up check, one fetched by the proactive adapter for the send.
    expect(ms.tokenRequests.slice(requestsBefore).map((r) => r.outcome)).toEqual(['issued', 'issued']);
  }, 90_000); // restarts the bot process: ~3 s idle, 10-15 s on a loaded 2-core machine
});

/** A recorded call, looked for whenever the connector records one (the worker runs in the other process). */
const until = <T>(find: () => T | undefined) => waitFor([connector.changes], find, 'the proactive send');
