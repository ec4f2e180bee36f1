import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConversationReference,
} from 'botbuilder';
import { createLogger } from '../../src/logger';
import { OutboxWorker, storeRecipients, type ConversationAddress } from '../../src/notify';
import { createSqliteStore } from '../../src/store/sqlite';
import type { Store } from '../../src/store/ports';
import { BotFrameworkProactiveSender } from '../../src/teams/proactive';
import { parseConfig } from '../../src/config';
import { createBotAuthentication } from '../../src/teams/botAuthentication';
import { parseRetryAfter, toSendFailure } from '../../src/teams/sendFailure';
import { withoutRetries } from '../../src/teams/singleAttempt';
import { drain, FakeClock } from '../support/fakeClock';
import { FakeConnector } from '../support/fakeConnector';
import { tempDir } from '../support/tmp';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
/** Local mode (no app id): anonymous, as the app builds it. */
const authentication = createBotAuthentication(parseConfig({}).bot, createLogger('silent'));
let connector: FakeConnector;
let sender: BotFrameworkProactiveSender;
beforeAll(async () => {
  connector = await new FakeConnector().start();
  sender = new BotFrameworkProactiveSender({ appId: '', authentication });
});
afterAll(async () => connector.stop());
beforeEach(() => {
  connector.calls.length = 0;
  connector.failures.length = 0;
  connector.authHeaders.length = 0;
});

/** The reference capture.ts stores for a 1:1 chat (TurnContext.getConversationReference). */
const address = (conversationId = 'a:chat-anna'): ConversationAddress => ({
  conversationId,
  serviceUrl: connector.url,
  tenantId: TENANT,
  reference: {
    activityId: 'inbound-1',
    user: { id: '29:anna', aadObjectId: 'aad-anna' },
    bot: { id: '28:bot', name: 'ID06' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
    channelId: 'msteams',
    locale: 'sv-SE',
    serviceUrl: connector.url,
  },
});
/** HTTP requests that reached the connector (successful or scripted failures). */
const requests = () => connector.authHeaders.length;

describe('BotFrameworkProactiveSender over HTTP', () => {
  it('sends a new message (not a reply) and returns its activity id', async () => {
    const result = await sender.send(address(), { type: 'message', text: 'Your card is ready for approval' });
    expect(result).toEqual({ ok: true, activityId: connector.calls[0]!.activityId });
    expect(connector.calls).toMatchObject([
      {
        kind: 'send',
        conversationId: 'a:chat-anna',
        body: { type: 'message', text: 'Your card is ready for approval', from: { id: '28:bot' }, recipient: { id: '29:anna' } },
      },
    ]);
    expect(connector.calls[0]!.body.replyToId).toBeUndefined();
  });

  it('updates an earlier message in place', async () => {
    const card = {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Approved' }] },
    };
    expect(await sender.update(address(), 'activity-7', { attachments: [card] })).toEqual({ ok: true, activityId: 'activity-7' });
    expect(connector.calls).toMatchObject([
      { kind: 'update', conversationId: 'a:chat-anna', activityId: 'activity-7', body: { id: 'activity-7', attachments: [card] } },
    ]);
  });

  it('creates a 1:1 conversation with the tenant in channelData, and can send to it', async () => {
    const created = await sender.createPersonalConversation({
      aadObjectId: 'aad-carl',
      teamsUserId: '29:carl',
      tenantId: TENANT,
      serviceUrl: connector.url,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.failure));
    expect(connector.calls[0]).toMatchObject({
      kind: 'create',
      body: { isGroup: false, members: [{ id: '29:carl' }], tenantId: TENANT, channelData: { tenant: { id: TENANT } } },
    });
    expect(created.address).toMatchObject({
      conversationId: connector.calls[0]!.conversationId,
      serviceUrl: connector.url,
      tenantId: TENANT,
    });
    expect(created.address.reference).not.toHaveProperty('activityId');
    expect(await sender.send(created.address, { text: 'hello' })).toMatchObject({ ok: true });
    expect(connector.calls[1]).toMatchObject({ kind: 'send', conversationId: created.address.conversationId });
  });

  it('falls back to the aadObjectId as member id', async () => {
    await sender.createPersonalConversation({ aadObjectId: 'aad-dora', tenantId: TENANT, serviceUrl: connector.url });
    expect(connector.calls[0]!.body.members).toEqual([{ id: 'aad-dora' }]);
  });

  it.each<[number, string, number | undefined, { status: number; code: string; retryAfterMs: number | null }]>([
    [429, 'Throttled', 1, { status: 429, code: 'Throttled', retryAfterMs: 1_000 }],
    [403, 'ConversationBlockedByUser', undefined, { status: 403, code: 'ConversationBlockedByUser', retryAfterMs: null }],
    [403, 'BotNotInConversationRoster', undefined, { status: 403, code: 'BotNotInConversationRoster', retryAfterMs: null }],
    [404, 'ConversationNotFound', undefined, { status: 404, code: 'ConversationNotFound', retryAfterMs: null }],
    [413, 'MessageSizeTooBig', undefined, { status: 413, code: 'MessageSizeTooBig', retryAfterMs: null }],
    [503, 'ServiceUnavailable', 2, { status: 503, code: 'ServiceUnavailable', retryAfterMs: 2_000 }],
    [502, 'BadGateway', undefined, { status: 502, code: 'BadGateway', retryAfterMs: null }],
  ])('maps %s %s to a typed failure after exactly one HTTP request (the SDK retry is off)', async (status, code, retryAfter, expected) => {
    connector.failures.push({ status, code, ...(retryAfter !== undefined ? { retryAfter } : {}) });
    const started = Date.now();
    const result = await sender.send(address(), { text: 'x' });
    expect(result).toEqual({ ok: false, failure: { ...expected, message: 'scripted failure' } });
    expect(requests()).toBe(1);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('maps a network error without retrying it', async () => {
    const started = Date.now();
    const result = await sender.send({ ...address(), serviceUrl: 'http://127.0.0.1:1/' }, { text: 'x' });
    expect(result).toMatchObject({ ok: false, failure: { status: null, code: 'ECONNREFUSED', retryAfterMs: null } });
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('gives up on a connector that never answers, after the request timeout', async () => {
    const { createServer } = await import('node:http');
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(silent.address() as { port: number }).port}/`;
    const impatient = new BotFrameworkProactiveSender({ appId: '', authentication, timeoutMs: 200 });
    const started = Date.now();
    const result = await impatient.send({ ...address(), serviceUrl: url }, { text: 'x' });
    const created = await impatient.createPersonalConversation({ aadObjectId: 'a', tenantId: TENANT, serviceUrl: url });
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));
    expect(result).toMatchObject({ ok: false, failure: { status: null, code: 'Timeout' } });
    expect(created).toMatchObject({ ok: false, failure: { status: null, code: 'Timeout' } });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('maps a failed create conversation', async () => {
    connector.failures.push({ status: 403, code: 'BotNotInConversationRoster' });
    expect(await sender.createPersonalConversation({ aadObjectId: 'aad-x', tenantId: TENANT, serviceUrl: connector.url })).toMatchObject({
      ok: false,
      failure: { status: 403, code: 'BotNotInConversationRoster' },
    });
  });

  it('(why) the SDK default adapter retries a 429 by itself after Retry-After, hiding it', async () => {
    const plain = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({})));
    connector.failures.push({ status: 429, retryAfter: 1, code: 'Throttled' });
    const started = Date.now();
    await plain.continueConversationAsync('', address().reference as unknown as ConversationReference, async (context) => {
      await context.sendActivity('hidden retry');
    });
    expect(requests()).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('refuses to run with a connector whose pipeline it cannot find', () => {
    expect(() => withoutRetries({})).toThrow(/pipeline/);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:00:05 GMT', now)).toBe(5_000);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(toSendFailure(new Error('boom'))).toEqual({ status: null, code: null, retryAfterMs: null, message: 'boom' });
  });
});

describe('outbox worker through the real sender and the fake connector', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let clock: FakeClock;
  const worker = (s: Store, hooks: { onUnreachable?: (...a: unknown[]) => void } = {}) =>
    new OutboxWorker({
      outbox: s.outbox,
      recipients: storeRecipients(s),
      sender,
      clock,
      random: () => 0.5,
      log: createLogger('silent'),
      ...hooks,
    });
  const seed = async (s: Store) => {
    const { person } = await s.people.upsertSeen({ tenantId: TENANT, aadObjectId: 'aad-anna', teamsUserId: '29:anna', name: 'Anna' });
    const a = address();
    await s.conversations.upsert({
      conversationId: a.conversationId,
      personId: person.id,
      tenantId: TENANT,
      conversationType: 'personal',
      serviceUrl: a.serviceUrl,
      reference: a.reference,
    });
    return person.id;
  };
  const draft = (eventId: string, personId: string) => ({
    eventId,
    recipient: { kind: 'person' as const, id: personId },
    tenantId: TENANT,
    payload: { kind: 'text', text: eventId },
  });
  beforeEach(() => {
    dir = tempDir();
    clock = new FakeClock();
    store = createSqliteStore(dir.file('proactive.sqlite'), () => clock.date());
  });
  afterEach(async () => {
    await store.close();
    dir.cleanup();
  });

  it('429 with Retry-After, then 200: delivered exactly once', async () => {
    const anna = await seed(store);
    connector.failures.push({ status: 429, retryAfter: 1, code: 'Throttled' });
    await store.outbox.enqueue([draft('e1', anna)]);
    await drain(worker(store), clock);
    expect(requests()).toBe(2);
    expect(connector.calls.filter((c) => c.kind === 'send')).toHaveLength(1);
    expect(await store.outbox.list()).toMatchObject([{ status: 'sent', attempts: 2, activityId: connector.calls[0]!.activityId }]);
  });

  it.each([
    [403, 'ConversationBlockedByUser'],
    [404, 'ConversationNotFound'],
  ])('%s: unreachable, not retried, the orderer hook is called', async (status, code) => {
    const anna = await seed(store);
    const told: unknown[] = [];
    connector.failures.push({ status, code });
    await store.outbox.enqueue([draft('e1', anna)]);
    await drain(worker(store, { onUnreachable: (_m, failure) => told.push(failure) }), clock);
    clock.advance(24 * 3_600_000);
    await drain(worker(store), clock);
    expect(requests()).toBe(1);
    expect(connector.calls).toEqual([]);
    expect(told).toMatchObject([{ status, code }]);
    expect(await store.outbox.list()).toMatchObject([{ status: 'unreachable' }]);
  });

  it('a restart with pending rows: a new worker over the same database file delivers them', async () => {
    const anna = await seed(store);
    await store.outbox.enqueue([draft('before-restart-1', anna), draft('before-restart-2', anna)]);
    await store.close();
    store = createSqliteStore(dir.file('proactive.sqlite'), () => clock.date());
    await drain(worker(store), clock);
    expect(connector.calls.map((c) => [c.kind, c.body.text])).toEqual([
      ['send', 'before-restart-1'],
      ['send', 'before-restart-2'],
    ]);
    expect((await store.outbox.list({ status: 'sent' })).length).toBe(2);
  });
});
