import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf, startHarness, TeamsUser, TENANT, type Harness } from '../support/botHarness';
import { TEST_DATA_KEYS } from '../support/productionEnv';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => harness.stop());

const post = (body: string, contentType = 'application/json') =>
  fetch(`${harness.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });

describe('HTTP edge', () => {
  it('answers /healthz with 200 while the database answers', async () => {
    const res = await fetch(`${harness.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it.each<[string, string, string | undefined, number]>([
    ['malformed JSON', '{"type": "message", ', undefined, 400],
    ['a JSON array', '[1,2,3]', undefined, 400],
    [
      'an activity without a conversation',
      JSON.stringify({ type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', from: { id: 'u' } }),
      undefined,
      400,
    ],
    [
      'an activity without a serviceUrl',
      JSON.stringify({ type: 'message', channelId: 'msteams', conversation: { id: 'c' } }),
      undefined,
      400,
    ],
    ['a body over the size limit', JSON.stringify({ type: 'message', text: 'x'.repeat(400 * 1024) }), undefined, 413],
    ['a form body', 'a=1&b=2', 'application/x-www-form-urlencoded', 415],
  ])('refuses %s with a 4xx and keeps serving', async (_name, body, contentType, status) => {
    const res = await post(body, contentType);
    expect(res.status).toBe(status);
    expect((await fetch(`${harness.url}/healthz`)).status).toBe(200);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a non-string text', { text: { toLowerCase: 1 } }, /activity\.text/],
    ['a numeric text', { text: 12345 }, /activity\.text/],
    ['an object tenant id', { channelData: { tenant: { id: { $ne: null } } } }, /activity\.channelData\.tenant\.id/],
    ['an object conversation tenant id', { conversation: { id: 'c-x', tenantId: ['t'] } }, /activity\.conversation\.tenantId/],
    ['a javascript: serviceUrl', { serviceUrl: 'javascript:alert(1)' }, /activity\.serviceUrl/],
    ['a file: serviceUrl', { serviceUrl: 'file:///etc/passwd' }, /activity\.serviceUrl/],
    ['a non-string locale', { locale: { sv: true } }, /activity\.locale/],
  ])('refuses an activity with %s at the gate: 400, a log line, no turn error', async (_name, change, reason) => {
    const user = new TeamsUser(harness);
    const before = harness.logs.lines.length;
    const turn = await user.post(user.activity({ type: 'message', text: 'help', ...change }));
    expect(turn.status).toBe(400);
    expect(turn.sent).toHaveLength(0);
    const logged = harness.logs.lines.slice(before).map((l) => JSON.parse(l));
    expect(logged.find((e) => e.event === 'activity.refused')?.reason).toMatch(reason);
    expect(logged.filter((e) => e.level >= 50)).toEqual([]);
    expect((await user.say('help')).status).toBe(200);
  });

  it('logs a refused activity for the operator', async () => {
    await post(JSON.stringify({ type: 'message' }));
    expect(harness.logs.text).toContain('"event":"activity.refused"');
  });

  it('sends a welcome card when the bot is installed', async () => {
    const user = new TeamsUser(harness);
    const turn = await user.post(user.activity({ type: 'conversationUpdate', membersAdded: [{ id: '28:bot-id' }, { id: user.userId }] }));
    expect(turn.status).toBe(200);
    expect(JSON.stringify(cardOf(turn.sent[0]))).toContain('Welcome to ID06 card ordering');
    const next = await user.say('help');
    expect(next.texts.join()).not.toContain('Welcome');
  });

  it('captures the member profile (e-mail) and the conversation reference on the first activity', async () => {
    const user = new TeamsUser(harness, { email: 'Eva.Larsson@Contoso.example' });
    await user.say('help');
    const person = await harness.app.store.people.findByAad(TENANT, user.aadObjectId);
    expect(person?.email).toBe('eva.larsson@contoso.example');
    const ref = await harness.app.store.conversations.findPersonal(person!.id);
    expect(ref?.serviceUrl).toBe(harness.connector.url);
    expect(ref?.conversationId).toBe(user.conversationId);
  });

  it('tells the user one friendly sentence with a reference when a turn fails, and logs it', async () => {
    const user = new TeamsUser(harness);
    await user.say('help');
    harness.connector.failures.push({ status: 400, code: 'BadArgument' }); // 5xx would be retried by the connector client
    const turn = await user.say('new card');
    const apology = turn.texts.find((t) => t.startsWith('Sorry, something went wrong'));
    expect(apology).toBeDefined();
    const ref = /reference: (\w+)/.exec(apology!)?.[1];
    expect(ref).toMatch(/^[0-9a-f]{8}$/);
    expect(apology).not.toMatch(/500|Error|stack/i);
    expect(harness.logs.text).toContain(`"ref":"${ref}"`);
  });
});

describe('production mode', () => {
  let prod: Harness;
  const other = '99999999-9999-9999-9999-999999999999';
  beforeAll(async () => {
    prod = await startHarness({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: TENANT,
      MicrosoftAppType: 'SingleTenant',
      ALLOWED_TENANT_IDS: TENANT,
      PUBLIC_BASE_URL: 'https://bot.example.com',
      SIGNING_SECRET: 'y'.repeat(40),
      ...TEST_DATA_KEYS,
      // Nothing listens there: the channel's keys cannot be loaded, so no token can be validated.
      ToBotFromChannelOpenIdMetadataUrl: 'https://127.0.0.1:9/v1/.well-known/openidconfiguration',
    });
  });
  afterAll(async () => prod.stop());

  it('refuses an activity from a tenant that is not allowed', async () => {
    const user = new TeamsUser(prod);
    const activity = user.activity({
      type: 'message',
      text: 'help',
      channelData: { tenant: { id: other } },
      conversation: { id: 'c', tenantId: other },
    });
    const turn = await user.post(activity);
    expect(turn.status).toBe(403);
    expect(turn.sent).toHaveLength(0);
  });

  it('answers 401 without detail to a token it cannot validate, and logs why', async () => {
    const user = new TeamsUser(prod);
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${part({ alg: 'RS256', kid: 'k1', typ: 'JWT' })}.${part({ iss: 'https://api.botframework.com', aud: '11111111-2222-3333-4444-555555555555', exp: Math.floor(Date.now() / 1000) + 600 })}.${'a'.repeat(43)}`;
    const turn = await user.post(user.activity({ type: 'message', text: 'help' }), { authorization: `Bearer ${jwt}` });
    expect(turn.status).toBe(401);
    expect(turn.body).toBe('Unauthorized');
    expect(turn.sent).toHaveLength(0);
    expect(prod.logs.text).toMatch(/"event":"auth\.(metadata_)?failed"/);
  });

  it('keeps Bot Framework authentication on: an unsigned activity from an allowed tenant gets 401', async () => {
    const user = new TeamsUser(prod);
    const turn = await user.say('help');
    expect(turn.status).toBe(401);
    expect(turn.sent).toHaveLength(0);
  });
});

describe('health when the database does not answer', () => {
  it('answers /healthz with 503', async () => {
    const { createApp } = await import('../../src/app');
    const { parseConfig } = await import('../../src/config');
    const { createLogger } = await import('../../src/logger');
    const { createSqliteStore } = await import('../../src/store/sqlite');
    const { tempDir } = await import('../support/tmp');
    const dir = tempDir();
    const real = createSqliteStore(dir.file('h.sqlite'));
    const app = createApp({ config: parseConfig({ PORT: '0' }), log: createLogger('silent'), store: real });
    const { url } = await app.listen();
    await real.close(); // the database goes away under a running server
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable' });
    await app.close();
    dir.cleanup();
  });
});
