import { beforeEach, expect, it } from 'vitest';
import type { Store } from '../../src/store/ports';
import { describeStore } from '../support/stores';

describeStore('leases', (backend) => {
  let clock = Date.parse('2026-03-02T10:00:00Z');
  let store: Store;
  beforeEach(async () => {
    clock = Date.parse('2026-03-02T10:00:00Z');
    store = await backend.open(() => new Date(clock));
  });

  it('is held by one holder at a time, and free again once released', async () => {
    expect(await store.leases.acquire('turn:c1', 'a', 10_000)).toBe(true);
    expect(await store.leases.acquire('turn:c1', 'b', 10_000)).toBe(false);
    expect(await store.leases.acquire('turn:c2', 'b', 10_000)).toBe(true);
    await store.leases.release('turn:c1', 'b'); // not b's: nothing happens
    expect(await store.leases.acquire('turn:c1', 'b', 10_000)).toBe(false);
    await store.leases.release('turn:c1', 'a');
    expect(await store.leases.acquire('turn:c1', 'b', 10_000)).toBe(true);
  });

  it('runs out when its holder stops renewing (a crashed instance), not before', async () => {
    expect(await store.leases.acquire('turn:c1', 'crashed', 10_000)).toBe(true);
    clock += 9_999;
    expect(await store.leases.acquire('turn:c1', 'b', 10_000)).toBe(false);
    clock += 1;
    expect(await store.leases.acquire('turn:c1', 'b', 10_000)).toBe(true);
    expect(await store.leases.renew('turn:c1', 'crashed', 10_000)).toBe(false);
  });

  it('renews while held, and sweeps long-expired leases', async () => {
    await store.leases.acquire('turn:c1', 'a', 10_000);
    clock += 8_000;
    expect(await store.leases.renew('turn:c1', 'a', 10_000)).toBe(true);
    clock += 8_000;
    expect(await store.leases.acquire('turn:c1', 'b', 10_000)).toBe(false);
    clock += 60 * 60_000;
    expect(await store.leases.sweep(30 * 60_000)).toBe(1);
    expect(await store.leases.sweep(0)).toBe(0);
  });

  it('gives a contended lease to exactly one of many concurrent callers', async () => {
    const others = await Promise.all(Array.from({ length: 4 }, () => backend.reopen(() => new Date(clock))));
    const results = await Promise.all(
      [store, ...others].flatMap((s, i) => [
        s.leases.acquire('timer:approvals', `h${i}a`, 55_000),
        s.leases.acquire('timer:approvals', `h${i}b`, 55_000),
      ]),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
