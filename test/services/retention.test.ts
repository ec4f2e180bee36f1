import { expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import type { ServiceContext } from '../../src/services/context';
import { DEFAULT_RETENTION } from '../../src/services/retention/policy';
import { RETENTION_PERIOD_MS, runRetention } from '../../src/services/retention/runRetention';
import type { Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-05T03:00:00Z');

describeStore('the daily retention job', (backend) => {
  let clock = new Date(T0);
  const ctxOf = (store: Store): ServiceContext => ({ store, now: () => clock, log: createLogger('silent') });
  const orphanPhoto = async (store: Store) => {
    const { person } = await store.people.upsertSeen({ tenantId: 't1', aadObjectId: `a-${clock.getTime()}` });
    return (await store.photos.save({ ownerPersonId: person.id, jpeg: Buffer.from('j'), thumbnail: Buffer.from('t'), findings: [] })).id;
  };

  it('runs on one of two instances started together, then not again until a day later, across a restart', async () => {
    clock = new Date(T0);
    const first = await backend.open(() => clock);
    const second = await backend.reopen(() => clock);
    const photoId = await orphanPhoto(first);
    clock = new Date(T0 + 25 * HOUR);

    const runs = await Promise.all([runRetention(ctxOf(first), DEFAULT_RETENTION), runRetention(ctxOf(second), DEFAULT_RETENTION)]);
    expect(runs.filter((r) => r.ran)).toHaveLength(1);
    expect(await first.photos.get(photoId)).toBeUndefined();

    // Both instances restart an hour later: the lease in the database says today's run is done.
    await first.close();
    await second.close();
    clock = new Date(T0 + 26 * HOUR);
    const restarted = await backend.reopen(() => clock);
    expect(await runRetention(ctxOf(restarted), DEFAULT_RETENTION)).toEqual({ ran: false });
    clock = new Date(T0 + 25 * HOUR + RETENTION_PERIOD_MS - 60_000);
    expect((await runRetention(ctxOf(restarted), DEFAULT_RETENTION)).ran).toBe(false);
    clock = new Date(T0 + 25 * HOUR + RETENTION_PERIOD_MS + 60_000);
    expect(await runRetention(ctxOf(restarted), DEFAULT_RETENTION)).toMatchObject({ ran: true, counts: { orphanPhotos: 0 } });

    // Each run is audited with its counts and nothing else.
    const audit = await restarted.audit.list({ type: 'retention', id: 'daily' });
    expect(audit.map((e) => [e.what, e.who.kind, e.details.orphanPhotos])).toEqual([
      ['retention.purge', 'system', '1'],
      ['retention.purge', 'system', '0'],
    ]);
    expect(Object.keys(audit[0]!.details).sort()).toEqual([
      'deliveredNumbers',
      'deliveredPhotos',
      'dialogStates',
      'endedItems',
      'erasuresFinished',
      'exportRequests',
      'importJobs',
      'orphanPhotos',
      'uploadTokens',
    ]);
  });

  it('gives the day back when the purge fails, so the next tick retries', async () => {
    clock = new Date(T0);
    const store = await backend.open(() => clock);
    const failing: Store = { ...store, retention: { purge: () => Promise.reject(new Error('database went away')) } };
    await expect(runRetention(ctxOf(failing), DEFAULT_RETENTION)).rejects.toThrow('database went away');
    expect((await runRetention(ctxOf(store), DEFAULT_RETENTION)).ran).toBe(true);
  });
});
