import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, TeamsUser, TENANT, type Harness } from '../support/botHarness';
import { waitFor } from '../support/waitFor';

let harness: Harness;
beforeEach(async () => {
  harness = await startHarness();
});
afterEach(async () => harness.stop());

/** The app's worker runs on its own schedule: `check` is re-read on each connector call and log line. */
const until = (check: () => boolean | Promise<boolean>, what: string) => waitFor([harness.connector.changes, harness.logs], check, what);
const sends = (conversationId?: string) =>
  harness.connector.calls.filter((c) => c.kind === 'send' && (!conversationId || c.conversationId === conversationId));
const text = (eventId: string, personId: string) => ({
  eventId,
  recipient: { kind: 'person' as const, id: personId },
  tenantId: TENANT,
  payload: { kind: 'text', text: `note ${eventId}` },
});

describe('outbox in the running app', () => {
  it('delivers pending rows after a restart', async () => {
    const olle = new TeamsUser(harness);
    await olle.say('hello');
    const person = await harness.app.store.people.findByAad(TENANT, olle.aadObjectId);
    await harness.app.outbox.stop();
    await harness.app.store.outbox.enqueue([text('before-restart-1', person!.id), text('before-restart-2', person!.id)]);
    await harness.restart();
    await until(() => sends(olle.conversationId).length === 2, 'both sends');
    expect(sends(olle.conversationId).map((c) => c.body.text)).toEqual(['note before-restart-1', 'note before-restart-2']);
    // The connector records a send before it answers; the worker marks the row sent after the answer
    // (and logs outbox.sent after that), so the status is read once it is recorded, not on a timer.
    await until(async () => (await harness.app.store.outbox.list({ status: 'sent' })).length === 2, 'both rows recorded as sent');
    expect(await harness.app.store.outbox.list({ status: 'pending' })).toEqual([]);
  });

  it('an unreachable cardholder gets the message the moment they first write to the bot', async () => {
    const orderer = new TeamsUser(harness);
    await orderer.say('hello'); // the tenant's serviceUrl is now known
    const carl = new TeamsUser(harness, { name: 'Carl Cardholder' });
    // Known by identity (e.g. bound earlier) but never talked to the bot: no 1:1 chat yet.
    const { person } = await harness.app.store.people.upsertSeen({ tenantId: TENANT, aadObjectId: carl.aadObjectId, name: 'Carl' });
    harness.connector.failures.push({ status: 403, code: 'BotNotInConversationRoster' });
    await harness.app.store.outbox.enqueue([text('approval-1', person.id)]);
    await until(async () => (await harness.app.store.outbox.list({ status: 'unreachable' })).length === 1, 'the row marked unreachable');
    expect(harness.connector.calls.filter((c) => c.kind === 'create')).toEqual([]);

    await carl.say('hi');
    await until(() => sends(carl.conversationId).some((c) => c.body.text === 'note approval-1'), 'the revived send');
    await until(async () => (await harness.app.store.outbox.list({ status: 'sent' })).length === 1, 'the revived row recorded as sent');
    expect(await harness.app.store.outbox.list()).toMatchObject([{ status: 'sent', conversationId: carl.conversationId }]);
  });

  it('a role granted by e-mail before first contact applies when that person first writes', async () => {
    const company = await harness.app.store.companies.create({ id: 'bygg-ab', tenantId: TENANT, name: 'Bygg AB', orgNumber: null });
    await harness.app.store.members.grantPending({
      companyId: company.id,
      email: 'Eva.Manager@Contoso.example',
      role: 'manager',
      grantedBy: null,
    });
    const eva = new TeamsUser(harness, { name: 'Eva', email: 'eva.manager@contoso.example' });
    await eva.say('hello');
    const person = await harness.app.store.people.findByAad(TENANT, eva.aadObjectId);
    const roles = await harness.app.store.companies.rolesOf(person!.id);
    expect(roles.filter((r) => r.company.id === 'bygg-ab').map((r) => r.role)).toEqual(['manager']);
    expect(await harness.app.store.members.pendingOf('bygg-ab')).toEqual([]);
  });
});
