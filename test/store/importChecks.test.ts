import { beforeEach, expect, it } from 'vitest';
import type { Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';

const MINUTE = 60_000;

describeStore('pending import checks', (backend) => {
  let store: Store;
  let clock = new Date('2026-11-25T10:00:00Z');
  let personId: string;
  const later = (ms: number) => new Date(clock.getTime() + ms);

  beforeEach(async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    store = await backend.open(() => clock);
    personId = (await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a1' })).person.id;
  });

  const create = (fileName = 'people.xlsx') =>
    store.importChecks.create({
      personId,
      tenantId: 't1',
      locale: 'sv-SE',
      fileName,
      file: Buffer.from(`bytes of ${fileName}`),
      reference: { conversation: { id: 'c1' }, serviceUrl: 'https://smba.trafficmanager.net/emea/' },
      leaseUntil: later(MINUTE),
    });

  it('keeps the file, the card and the conversation until the check finishes', async () => {
    const check = await create();
    await store.importChecks.setCard(check.id, 'activity-7');
    expect(await store.importChecks.claimExpired(later(MINUTE - 1), later(2 * MINUTE))).toEqual([]);
    const [claimed, ...others] = await store.importChecks.claimExpired(later(MINUTE + 1), later(2 * MINUTE));
    expect(others).toEqual([]);
    expect(claimed).toMatchObject({
      id: check.id,
      personId,
      tenantId: 't1',
      locale: 'sv-SE',
      fileName: 'people.xlsx',
      reference: { conversation: { id: 'c1' } },
      cardActivityId: 'activity-7',
      attempts: 1,
      leaseUntil: later(2 * MINUTE),
    });
    expect(claimed!.file.toString()).toBe('bytes of people.xlsx');
    await store.importChecks.finish(check.id);
    expect(await store.importChecks.claimExpired(later(60 * MINUTE), later(61 * MINUTE))).toEqual([]);
    expect(await store.importChecks.renew(check.id, later(3 * MINUTE))).toBe(false);
  });

  it('a renewed lease is not claimed; each claim counts an attempt', async () => {
    const check = await create();
    expect(await store.importChecks.renew(check.id, later(5 * MINUTE))).toBe(true);
    expect(await store.importChecks.claimExpired(later(4 * MINUTE), later(10 * MINUTE))).toEqual([]);
    expect((await store.importChecks.claimExpired(later(6 * MINUTE), later(7 * MINUTE))).map((c) => c.attempts)).toEqual([1]);
    expect((await store.importChecks.claimExpired(later(8 * MINUTE), later(9 * MINUTE))).map((c) => c.attempts)).toEqual([2]);
  });

  it('never hands one check to two concurrent claims', async () => {
    await Promise.all(Array.from({ length: 6 }, (_, i) => create(`f${i}.xlsx`)));
    const claims = await Promise.all(
      Array.from({ length: 4 }, () => store.importChecks.claimExpired(later(2 * MINUTE), later(10 * MINUTE))),
    );
    const ids = claims.flat().map((c) => c.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });
});
