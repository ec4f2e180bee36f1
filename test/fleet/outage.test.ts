import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, TeamsUser, TENANT, type Harness } from '../support/botHarness';
import { freshDatabaseUrl } from '../support/pgDatabase';
import { TcpProxy } from '../support/tcpProxy';
import { waitFor } from '../support/waitFor';

/** The bot on PostgreSQL through a proxy the test can cut: a restart or short outage of the database. */
let harness: Harness;
let proxy: TcpProxy;
beforeAll(async () => {
  const url = new URL(await freshDatabaseUrl());
  proxy = await new TcpProxy({ host: url.hostname, port: Number(url.port) }).start();
  harness = await startHarness({ DATABASE_URL: proxy.through(url.toString()), OUTBOX_POLL_MS: '200' }, { backend: 'sqlite' });
});
afterAll(async () => {
  await harness?.stop();
  await proxy?.stop();
});

const health = async () => (await fetch(`${harness.url}/healthz`)).status;

describe('a database outage', () => {
  it('answers "try again in a moment" meanwhile, loses nothing accepted, and resumes turns and the outbox', async () => {
    const user = new TeamsUser(harness);
    await user.say('new card');
    expect((await user.say('Anna')).texts.at(-1)).toMatch(/last name/i);
    expect(await health()).toBe(200);
    const { person } = await harness.app.store.people.upsertSeen({ tenantId: TENANT, aadObjectId: user.aadObjectId });

    proxy.cut();
    expect(await health()).toBe(503);
    const during = await user.say('Berg');
    expect(during.status).toBe(200);
    expect(during.texts.join('\n')).toMatch(/try again in a moment/);
    expect(during.texts.join('\n')).not.toMatch(/reference|stack|Error:/);
    expect(harness.logs.text).toContain('"event":"turn.unavailable"');

    proxy.restore();
    // The pool reconnects on demand: the next turn continues the dialog where it was (the answer during the outage was not taken).
    expect((await user.say('Berg')).texts.at(-1)).toMatch(/nationality/i);
    expect(await health()).toBe(200);
    // The outbox resumes: a message enqueued after the outage is delivered (the worker kept polling through it).
    await harness.app.store.outbox.enqueue([
      {
        eventId: 'after-outage',
        recipient: { kind: 'person', id: person.id },
        tenantId: TENANT,
        payload: { kind: 'text', text: 'after the outage' },
      },
    ]);
    await waitFor(
      [harness.connector.changes],
      () => harness.connector.calls.some((c) => c.kind === 'send' && c.body?.text === 'after the outage'),
      'the outbox to resume',
    );
  });
});
