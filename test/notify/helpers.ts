import { createLogger } from '../../src/logger';
import { OutboxWorker, storeRecipients, type OutboxWorkerOptions } from '../../src/notify';
import type { OutboxDraft, Person, Store } from '../../src/store/ports';
import { FakeClock } from '../support/fakeClock';
import { FakeSender } from '../support/fakeSender';
import type { StoreBackend } from '../support/stores';

export const TENANT = 't1';

/** A store of `backend`, a fake clock and sender, and people with 1:1 chats. */
export async function notifyFixture(backend: StoreBackend) {
  const clock = new FakeClock();
  let store = await backend.open(() => clock.date());
  const sender = new FakeSender(() => clock.now());
  const fixture = {
    clock,
    sender,
    get store(): Store {
      return store;
    },
    /** A person the bot has met in 1:1 (so a personal conversation reference exists). */
    async person(name: string, opts: { chat?: boolean; tenantId?: string } = {}): Promise<Person> {
      const tenantId = opts.tenantId ?? TENANT;
      const { person } = await store.people.upsertSeen({ tenantId, aadObjectId: `aad-${name}`, teamsUserId: `29:${name}`, name });
      if (opts.chat !== false) {
        await store.conversations.upsert({
          conversationId: `a:chat-${name}`,
          personId: person.id,
          tenantId,
          conversationType: 'personal',
          serviceUrl: 'https://smba.example/emea/',
          reference: { conversation: { id: `a:chat-${name}` } },
        });
      }
      return person;
    },
    worker(opts: Partial<OutboxWorkerOptions> = {}): OutboxWorker {
      return new OutboxWorker({
        outbox: store.outbox,
        recipients: storeRecipients(store),
        sender,
        clock,
        random: () => 0.5,
        log: createLogger('silent'),
        ...opts,
      });
    },
    /** Closes and reopens the database (a process restart). */
    async reopen(): Promise<void> {
      await store.close();
      store = await backend.reopen(() => clock.date());
    },
  };
  return fixture;
}

export const text = (eventId: string, recipientId: string, over: Partial<OutboxDraft> = {}): OutboxDraft => ({
  eventId,
  recipient: { kind: 'person', id: recipientId },
  tenantId: TENANT,
  payload: { kind: 'text', text: `event ${eventId}` },
  ...over,
});
