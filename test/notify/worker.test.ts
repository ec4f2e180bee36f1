import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../src/store/ports';
import { drain } from '../support/fakeClock';
import { describeStore } from '../support/stores';
import { notifyFixture, text } from './helpers';

describeStore('outbox worker', (backend) => {
  let f: Awaited<ReturnType<typeof notifyFixture>>;
  let anna: Person;
  beforeEach(async () => {
    f = await notifyFixture(backend);
    anna = await f.person('anna');
  });

  describe('outbox worker: delivery outcomes', () => {
    it('sends a due message once and records the activity id', async () => {
      const onSent = vi.fn();
      await f.store.outbox.enqueue([text('e1', anna.id)]);
      await drain(f.worker({ onSent }), f.clock);
      expect(f.sender.calls).toMatchObject([
        { op: 'send', conversationId: 'a:chat-anna', activity: { type: 'message', text: 'event e1' }, ok: true },
      ]);
      expect(await f.store.outbox.findByKey(`e1|person:${anna.id}`)).toMatchObject({
        status: 'sent',
        attempts: 1,
        activityId: 'act-1',
        conversationId: 'a:chat-anna',
      });
      expect(onSent).toHaveBeenCalledOnce();
      expect(await drain(f.worker(), f.clock)).toBe(1);
      expect(f.sender.calls).toHaveLength(1);
    });

    it('429 with Retry-After: waits at least that long, then delivers exactly once', async () => {
      f.sender.script.push({ status: 429, code: 'Throttled', retryAfterMs: 7_000 });
      await f.store.outbox.enqueue([text('e1', anna.id)]);
      const start = f.clock.now();
      await drain(f.worker(), f.clock);
      expect(f.sender.calls.map((c) => [c.ok, c.at - start])).toEqual([
        [false, 0],
        [true, 7_000],
      ]);
      expect(f.sender.delivered).toHaveLength(1);
      expect(await f.store.outbox.findByKey(`e1|person:${anna.id}`)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    });

    it.each([
      [412, 'PreconditionFailed'],
      [500, null],
      [502, null],
      [503, null],
      [504, null],
      [null, 'ECONNRESET'],
    ])('%s %s: retried with exponential backoff and jitter', async (status, code) => {
      f.sender.script.push({ status, code }, { status, code }, { status, code });
      await f.store.outbox.enqueue([text('e1', anna.id)]);
      const start = f.clock.now();
      await drain(f.worker({ retry: { baseMs: 2_000 } }), f.clock);
      // random() = 0.5: half of the 2 s, 4 s, 8 s ceilings.
      expect(f.sender.calls.map((c) => c.at - start)).toEqual([0, 1_000, 3_000, 7_000]);
      expect(f.sender.delivered).toHaveLength(1);
    });

    it('gives up after max attempts and reports the failure', async () => {
      const onFailed = vi.fn();
      for (let i = 0; i < 5; i++) f.sender.script.push({ status: 503 });
      await f.store.outbox.enqueue([text('e1', anna.id)]);
      await drain(f.worker({ retry: { maxAttempts: 3 }, onFailed }), f.clock);
      expect(f.sender.calls).toHaveLength(3);
      expect(await f.store.outbox.findByKey(`e1|person:${anna.id}`)).toMatchObject({
        status: 'failed',
        attempts: 3,
        lastError: expect.stringContaining('503'),
      });
      expect(onFailed).toHaveBeenCalledOnce();
    });

    it.each([
      [403, 'ConversationBlockedByUser'],
      [403, 'BotNotInConversationRoster'],
      [404, 'ConversationNotFound'],
    ])('%s %s: unreachable, not retried, the hook is told; revived when they write again', async (status, code) => {
      const onUnreachable = vi.fn();
      f.sender.script.push({ status, code });
      await f.store.outbox.enqueue([text('e1', anna.id)]);
      await drain(f.worker({ onUnreachable }), f.clock);
      f.clock.advance(3_600_000);
      await drain(f.worker({ onUnreachable }), f.clock);
      expect(f.sender.calls).toHaveLength(1);
      expect(await f.store.outbox.findByKey(`e1|person:${anna.id}`)).toMatchObject({
        status: 'unreachable',
        lastError: expect.stringContaining(code),
      });
      expect(onUnreachable).toHaveBeenCalledWith([expect.objectContaining({ eventId: 'e1' })], expect.objectContaining({ status, code }));

      await f.store.outbox.revive({ kind: 'person', id: anna.id }, f.clock.date());
      await drain(f.worker(), f.clock);
      expect(f.sender.delivered).toHaveLength(1);
    });

    it.each([
      [413, 'MessageSizeTooBig'],
      [400, 'BadArgument'],
    ])('%s %s: failed permanently at once', async (status, code) => {
      f.sender.script.push({ status, code });
      await f.store.outbox.enqueue([text('e1', anna.id)]);
      await drain(f.worker(), f.clock);
      expect(f.sender.calls).toHaveLength(1);
      expect(await f.store.outbox.findByKey(`e1|person:${anna.id}`)).toMatchObject({ status: 'failed', attempts: 1 });
    });

    it('fails a payload nobody can render, without calling Teams', async () => {
      await f.store.outbox.enqueue([text('e1', anna.id, { payload: { kind: 'hologram' } })]);
      await drain(f.worker(), f.clock);
      expect(f.sender.calls).toEqual([]);
      expect(await f.store.outbox.findByKey(`e1|person:${anna.id}`)).toMatchObject({
        status: 'failed',
        lastError: expect.stringContaining('RenderFailed'),
      });
    });

    it('updates an earlier message instead of sending when asked to replace it', async () => {
      await f.store.outbox.enqueue([
        text('e1', anna.id, {
          replacesActivityId: 'act-old',
          payload: { kind: 'card', card: { type: 'AdaptiveCard', version: '1.5', body: [] } },
        }),
      ]);
      await drain(f.worker(), f.clock);
      expect(f.sender.calls).toMatchObject([
        {
          op: 'update',
          activityId: 'act-old',
          conversationId: 'a:chat-anna',
          activity: { attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] },
        },
      ]);
      expect(await f.store.outbox.findByKey(`e1|person:${anna.id}`)).toMatchObject({ status: 'sent', activityId: 'act-old' });
    });
  });

  describe('outbox worker: reaching people without a 1:1 chat', () => {
    it("creates the chat with the tenant's serviceUrl, keeps it, then sends", async () => {
      const carl = await f.person('carl', { chat: false });
      await f.store.outbox.enqueue([text('e1', carl.id), text('e2', carl.id)]);
      await drain(f.worker(), f.clock);
      expect(f.sender.calls.map((c) => c.op)).toEqual(['create', 'send', 'send']);
      expect(f.sender.calls[0]!.target).toEqual({
        aadObjectId: 'aad-carl',
        teamsUserId: '29:carl',
        tenantId: 't1',
        serviceUrl: 'https://smba.example/emea/',
      });
      expect((await f.store.conversations.findPersonal(carl.id))?.conversationId).toBe(f.sender.calls[1]!.conversationId);
      expect((await f.store.outbox.list({ status: 'sent' })).map((m) => m.attempts)).toEqual([1, 1]);
    });

    it('marks unreachable when the chat cannot be created (app not installed for them)', async () => {
      const carl = await f.person('carl', { chat: false });
      f.sender.script.push({ status: 403, code: 'BotNotInConversationRoster' });
      await f.store.outbox.enqueue([text('e1', carl.id)]);
      await drain(f.worker(), f.clock);
      expect(f.sender.calls.map((c) => c.op)).toEqual(['create']);
      expect((await f.store.outbox.list())[0]).toMatchObject({ status: 'unreachable' });
    });

    it('marks unreachable without a call: unknown person, no serviceUrl in their tenant, unknown channel', async () => {
      const onUnreachable = vi.fn();
      const far = await f.person('far', { chat: false, tenantId: 't9' });
      await f.store.outbox.enqueue([
        text('e1', 'no-such-person'),
        text('e2', far.id, { tenantId: 't9' }),
        text('e3', '19:gone@thread.tacv2', { recipient: { kind: 'channel', id: '19:gone@thread.tacv2' } }),
      ]);
      await drain(f.worker({ onUnreachable }), f.clock);
      expect(f.sender.calls).toEqual([]);
      // One batch: its messages share a creation time, so they come in id order (random), not enqueue order.
      const codes = Object.fromEntries(onUnreachable.mock.calls.map((c) => [c[0][0].eventId, c[1].code]));
      expect(codes).toEqual({ e1: 'UnknownPerson', e2: 'NoServiceUrl', e3: 'UnknownChannel' });
    });
  });
});
