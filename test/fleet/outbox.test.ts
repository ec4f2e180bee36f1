import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAMS_CONVERSATION_LIMITS } from '../../src/notify';
import type { OutboxDraft, Person } from '../../src/store/ports';
import { maxInWindow } from '../support/fakeClock';
import { startFleet, type Fleet } from '../support/fleet';
import { waitFor } from '../support/waitFor';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/**
 * Two real bot processes drain one outbox. Their poll is ten minutes, so whatever is delivered
 * promptly was woken by NOTIFY (the insert trigger), not by polling.
 */
let fleet: Fleet;
beforeAll(async () => {
  fleet = await startFleet(2, { OUTBOX_POLL_MS: '600000' });
  await Promise.all([0, 1].map((i) => fleet.waitFor(i, 'outbox.listening')));
}, 120_000); // two bot processes start through tsx: ~20 s each on a loaded 2-core machine
afterAll(() => fleet?.stop());

let people = 0;
async function person(chat = `a:fleet-${people}`): Promise<Person> {
  const { person } = await fleet.store.people.upsertSeen({ tenantId: TENANT, aadObjectId: `fleet-${people++}`, name: 'Fleet' });
  const reference = {
    conversation: { id: chat, conversationType: 'personal', tenantId: TENANT },
    serviceUrl: fleet.connector.url,
    channelId: 'msteams',
    bot: { id: '28:bot' },
  };
  await fleet.store.conversations.upsert({
    conversationId: chat,
    personId: person.id,
    tenantId: TENANT,
    conversationType: 'personal',
    serviceUrl: fleet.connector.url,
    reference,
  });
  return person;
}
const text = (eventId: string, to: Person): OutboxDraft => ({
  eventId,
  recipient: { kind: 'person', id: to.id },
  tenantId: TENANT,
  payload: { kind: 'text', text: eventId },
});
const sentTexts = () => fleet.connector.calls.filter((c) => c.kind === 'send').map((c) => c.body.text as string);

/** Re-read on every call the connector records and every line either bot logs, never on a timer. */
const until = (check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000) =>
  waitFor([fleet.connector.changes, ...fleet.bots.map((b) => b.changes)], check, what, timeoutMs);
const delivered = (prefix: string) => sentTexts().filter((t) => t.startsWith(prefix));

describe('one outbox, several instances', () => {
  it('delivers everything exactly once, woken by NOTIFY, and the idempotency key holds', async () => {
    const recipients = await Promise.all(Array.from({ length: 30 }, () => person()));
    const drafts = recipients.map((p, i) => text(`spread-${i}`, p));
    await fleet.store.outbox.enqueue(drafts.slice(0, 15));
    await fleet.store.outbox.enqueue([...drafts.slice(10), drafts[0]!]); // replayed events are skipped
    await until(() => delivered('spread-').length >= 30, '30 deliveries');
    expect(new Set(delivered('spread-')).size).toBe(30);
    expect(delivered('spread-')).toHaveLength(30);
    // Each delivery is logged by the instance that made it (the log line follows the send).
    await until(() => fleet.events(0, 'outbox.sent').length + fleet.events(1, 'outbox.sent').length >= 30, 'the delivery log lines');
  });

  it('holds the Teams per-conversation limits for the fleet, not per process', async () => {
    const max = await person('a:fleet-busy');
    const before = fleet.connector.calls.length;
    await fleet.store.outbox.enqueue(Array.from({ length: 18 }, (_, i) => text(`burst-${i}`, max)));
    await until(() => delivered('burst-').length >= 18, '18 deliveries', 30_000);
    const times = fleet.connector.calls
      .slice(before)
      .filter((c) => c.conversationId === 'a:fleet-busy')
      .map((c) => c.at);
    for (const w of TEAMS_CONVERSATION_LIMITS.slice(0, 2)) expect(maxInWindow(times, w.ms)).toBeLessThanOrEqual(w.limit);
    // One call in flight per conversation across the fleet keeps them in order.
    expect(delivered('burst-')).toEqual(Array.from({ length: 18 }, (_, i) => `burst-${i}`));
  });

  it("delivers a crashed instance's claims once their lease runs out", async () => {
    const eva = await person();
    // Not due for an hour, so no instance takes it; then made to look claimed by an instance that died mid-send.
    await fleet.store.outbox.enqueue([{ ...text('orphan', eva), notBefore: new Date(Date.now() + 3_600_000) }]);
    const [row] = await fleet.store.outbox.list({ recipient: { kind: 'person', id: eva.id } });
    await fleet.store.connection.pool.query(
      "UPDATE outbox SET status = 'sending', attempts = 1, claim_token = 'dead-instance', lease_until = now() - interval '1 second', next_attempt_at = now() WHERE id = $1",
      [row!.id],
    );
    // Any enqueue wakes the fleet; the run first returns expired claims to pending.
    await fleet.store.outbox.enqueue([text('wake-up', eva)]);
    await until(() => delivered('orphan').length === 1 && delivered('wake-up').length === 1, 'the orphaned claim');
    // The connector records the send before it answers; the row is marked sent after the answer.
    await until(async () => (await fleet.store.outbox.get(row!.id))?.status === 'sent', 'the orphan recorded as sent');
    expect(delivered('orphan')).toHaveLength(1);
  });

  it('keeps delivering when one instance is gone', async () => {
    fleet.bots[0]!.child.kill('SIGKILL');
    await fleet.bots[0]!.exited;
    const ola = await person();
    await fleet.store.outbox.enqueue(Array.from({ length: 5 }, (_, i) => text(`survivor-${i}`, ola)));
    await until(() => delivered('survivor-').length === 5, 'deliveries by the surviving instance');
    // Its log line follows the answer: wait for it rather than read it the moment the call was recorded.
    await until(() => fleet.events(1, 'outbox.sent').length > 0, 'the survivor logging its sends');
  });
});
