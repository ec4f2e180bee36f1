import { beforeEach, describe, expect, it } from 'vitest';
import type { OutboxMessage, Person } from '../../src/store/ports';
import type { OutgoingActivity } from '../../src/notify';
import { drain, maxInWindow } from '../support/fakeClock';
import { describeStore } from '../support/stores';
import { notifyFixture, TENANT, text } from './helpers';

describeStore('outbox worker flow', (backend) => {
  let f: Awaited<ReturnType<typeof notifyFixture>>;
  let max: Person;
  beforeEach(async () => {
    f = await notifyFixture(backend);
    max = await f.person('max');
  });

  const MINUTE = 60_000;
  const order = (key: string) => ({ coalesce: { key, windowMs: MINUTE } });

  describe('coalescing', () => {
    it('merges events of one order for one recipient within a minute into one message', async () => {
      const seen: string[][] = [];
      const render = (messages: readonly OutboxMessage[]): OutgoingActivity => {
        seen.push(messages.map((m) => m.eventId));
        return { type: 'message', text: messages.map((m) => m.eventId).join(',') };
      };
      const mia = await f.person('mia');
      await f.store.outbox.enqueue([text('submitted', max.id, order('o1')), text('submitted', mia.id, order('o1'))]);
      f.clock.advance(20_000);
      await f.store.outbox.enqueue([text('approved', max.id, order('o1')), text('other-order', max.id, order('o2'))]);
      f.clock.advance(30_000);
      await f.store.outbox.enqueue([text('produced', max.id, order('o1'))]);
      f.clock.advance(15_000); // 65 s after the first event: outside its window
      await f.store.outbox.enqueue([text('shipped', max.id, order('o1'))]);
      await drain(f.worker({ render }), f.clock);

      expect(seen).toEqual([['submitted', 'approved', 'produced'], ['submitted'], ['other-order'], ['shipped']]);
      const sent = await f.store.outbox.list({ status: 'sent', recipient: { kind: 'person', id: max.id } });
      const byEvent = Object.fromEntries(sent.map((m) => [m.eventId, m.activityId]));
      expect(byEvent.submitted).toBe(byEvent.approved);
      expect(byEvent.approved).toBe(byEvent.produced);
      expect(byEvent.shipped).not.toBe(byEvent.submitted);
    });

    it('waits for the window to close before sending the first event', async () => {
      await f.store.outbox.enqueue([text('submitted', max.id, order('o1'))]);
      const start = f.clock.now();
      await drain(f.worker(), f.clock);
      expect(f.sender.calls.map((c) => c.at - start)).toEqual([MINUTE]);
    });

    it('retries a merged message as one, and sends it once', async () => {
      f.sender.script.push({ status: 502 });
      await f.store.outbox.enqueue([text('a', max.id, order('o1')), text('b', max.id, order('o1'))]);
      await drain(f.worker(), f.clock);
      expect(f.sender.calls.map((c) => [c.ok, c.activity?.text])).toEqual([
        [false, 'event a\n\nevent b'],
        [true, 'event a\n\nevent b'],
      ]);
    });
  });

  describe('rate limits (fake clock)', () => {
    it('sends at most 7 per second and 8 per 2 s to one conversation', async () => {
      await f.store.outbox.enqueue(Array.from({ length: 40 }, (_, i) => text(`e${i}`, max.id)));
      await drain(f.worker(), f.clock);
      const times = f.sender.calls.map((c) => c.at);
      expect(times).toHaveLength(40);
      expect(maxInWindow(times, 1_000)).toBe(7);
      expect(maxInWindow(times, 2_000)).toBe(8);
      // FIFO within the conversation.
      expect(f.sender.calls.map((c) => c.activity?.text)).toEqual(Array.from({ length: 40 }, (_, i) => `event e${i}`));
    });

    it('sends at most 30 per second per tenant across conversations, other tenants unaffected', async () => {
      const people = await Promise.all(Array.from({ length: 90 }, (_, i) => f.person(`p${i}`)));
      const other = await f.person('elsewhere', { tenantId: 't2' });
      await f.store.outbox.enqueue(people.map((p, i) => text(`e${i}`, p.id)));
      await f.store.outbox.enqueue([text('x', other.id, { tenantId: 't2' })]);
      const start = f.clock.now();
      await drain(f.worker(), f.clock);
      const inTenant = f.sender.calls.filter((c) => c.conversationId !== 'a:chat-elsewhere').map((c) => c.at);
      expect(inTenant).toHaveLength(90);
      expect(maxInWindow(inTenant, 1_000)).toBe(30);
      expect(Math.max(...inTenant) - start).toBe(2_000);
      expect(f.sender.calls.find((c) => c.conversationId === 'a:chat-elsewhere')!.at).toBe(start);
    });

    it('a 429 pauses that conversation for Retry-After, not the others', async () => {
      const eva = await f.person('eva');
      f.sender.script.push({ status: 429, code: 'Throttled', retryAfterMs: 5_000 });
      await f.store.outbox.enqueue([text('m1', max.id), text('m2', max.id), text('e1', eva.id)]);
      const start = f.clock.now();
      await drain(f.worker(), f.clock);
      const at = (text: string) => f.sender.calls.filter((c) => c.ok && c.activity?.text === text).map((c) => c.at - start);
      expect(at('event e1')).toEqual([0]);
      expect(Math.min(...at('event m1'), ...at('event m2'))).toBeGreaterThanOrEqual(5_000);
    });
  });

  describe('concurrency', () => {
    it('overlaps calls across conversations, never two at once in one conversation', async () => {
      const people = await Promise.all(Array.from({ length: 6 }, (_, i) => f.person(`c${i}`)));
      await f.store.outbox.enqueue(people.flatMap((p, i) => [text(`a${i}`, p.id), text(`b${i}`, p.id)]));
      const active = new Map<string, number>();
      let overall = 0;
      let maxOverall = 0;
      let maxPerConversation = 0;
      // The first calls wait until four are in flight at once (the database round trips between
      // launches take real time on PostgreSQL), then everything runs freely.
      let open!: () => void;
      const allFourStarted = new Promise<void>((resolve) => (open = resolve));
      const slow = Object.assign(Object.create(f.sender), {
        async send(address: { conversationId: string }, activity: OutgoingActivity) {
          active.set(address.conversationId, (active.get(address.conversationId) ?? 0) + 1);
          overall += 1;
          maxOverall = Math.max(maxOverall, overall);
          maxPerConversation = Math.max(maxPerConversation, ...active.values());
          if (overall === 4) open();
          await allFourStarted;
          for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
          active.set(address.conversationId, active.get(address.conversationId)! - 1);
          overall -= 1;
          return f.sender.send(address as never, activity);
        },
      });
      await drain(f.worker({ sender: slow, concurrency: 4 }), f.clock);
      expect(f.sender.delivered).toHaveLength(12);
      expect(maxPerConversation).toBe(1);
      expect(maxOverall).toBe(4);
    });
  });

  describe('restart and crash recovery', () => {
    it('a new worker over the reopened database delivers the pending rows', async () => {
      await f.store.outbox.enqueue([text('e1', max.id), text('e2', max.id, { notBefore: new Date(f.clock.now() + 10_000) })]);
      await f.reopen();
      await drain(f.worker(), f.clock);
      expect(f.sender.delivered.map((c) => c.activity?.text)).toEqual(['event e1', 'event e2']);
    });

    it('a claim left by a crashed worker is retried after its lease', async () => {
      await f.store.outbox.enqueue([text('e1', max.id)]);
      const [row] = await f.store.outbox.list();
      await f.store.outbox.claim(row!.id, 'crashed-worker', f.clock.date(), 120_000);
      await f.reopen();
      const start = f.clock.now();
      await drain(f.worker({ leaseMs: 120_000, pollMs: 10_000 }), f.clock);
      expect(f.sender.calls.map((c) => c.at - start)).toEqual([120_000]);
      expect(await f.store.outbox.get(row!.id)).toMatchObject({ status: 'sent', attempts: 2 });
    });
  });

  describe('the loop', () => {
    it('starts, delivers on its timer, polls for new rows, and stops cleanly', async () => {
      const worker = f.worker({ pollMs: 1_000 });
      await f.store.outbox.enqueue([text('e1', max.id)]);
      worker.start();
      f.clock.advance(0);
      await worker.runOnce();
      expect(f.sender.delivered).toHaveLength(1);

      await f.store.outbox.enqueue([text('e2', max.id)]);
      f.clock.advance(1_000);
      await worker.runOnce();
      expect(f.sender.delivered).toHaveLength(2);
      await worker.stop();
      expect(f.clock.pendingTimers).toBe(0);
      await f.store.outbox.enqueue([text('e3', max.id)]);
      f.clock.advance(60_000);
      expect(f.sender.delivered).toHaveLength(2);
      expect((await f.store.outbox.list({ status: 'pending' })).map((m) => m.tenantId)).toEqual([TENANT]);
    });
  });
});
