import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FleetRateLimits, LocalRateLimits, type RateLimits } from '../../src/notify';
import { createPostgresStore, type PostgresStore } from '../../src/store/postgres';
import { fileDatabaseUrl, truncateAll } from '../support/pgDatabase';

const conversation = [
  { limit: 3, ms: 1_000 },
  { limit: 5, ms: 10_000 },
];
const tenant = [{ limit: 4, ms: 1_000 }];
const T0 = Date.parse('2026-03-02T10:00:00Z');

/** Drives a limiter through one script: calls dispatched and completed at given times, what each take answered. */
async function script(limits: RateLimits): Promise<string[]> {
  const log: string[] = [];
  const take = async (conv: string, at: number) => {
    const r = await limits.take(
      [
        { key: 'tenant:t', windows: tenant },
        { key: `conv:${conv}`, windows: conversation },
      ],
      T0 + at,
    );
    if ('permit' in r) return r.permit;
    log.push(`${at}: ${conv} wait ${r.waitMs === Infinity ? 'in-flight' : r.waitMs} for ${r.blockedKey}`);
    return undefined;
  };
  for (const at of [0, 10, 20]) await (await take('a', at))?.complete(T0 + at + 5);
  await take('a', 30); // the 1 s window of a is full: wait until the first call (done at 5) leaves it
  const inFlight = await take('b', 40);
  await take('b', 50).then((p) => p?.complete(T0 + 60));
  await take('c', 60); // tenant window: 3 of a + 2 of b (one in flight) = 5 > 4
  await inFlight?.complete(T0 + 70);
  await (await take('a', 1_005))?.complete(T0 + 1_010);
  await limits.block('conv:a', T0 + 5_000, T0 + 1_100);
  await take('a', 2_100);
  log.push(`final: ${(await take('a', 5_100)) ? 'a taken' : 'a refused'}`);
  return log;
}

describe('fleet rate limits in PostgreSQL agree with the in-process limiter', () => {
  let store: PostgresStore;
  beforeEach(async () => {
    const url = await fileDatabaseUrl();
    await truncateAll(url);
    store = await createPostgresStore(url, { migrate: false });
  });
  afterEach(() => store.close());

  it('answers the same script the same way (waits, in-flight calls, 429 blocks)', async () => {
    const local = await script(new LocalRateLimits());
    const fleet = await script(new FleetRateLimits(store.rateLimits!));
    expect(local).toContain('30: a wait 975 for conv:a');
    expect(fleet).toEqual(local);
  });

  it('never lets two instances together exceed a window', async () => {
    const other = await createPostgresStore(await fileDatabaseUrl(), { migrate: false });
    try {
      const a = new FleetRateLimits(store.rateLimits!);
      const b = new FleetRateLimits(other.rateLimits!);
      const takes = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).take([{ key: 'conv:x', windows: [{ limit: 7, ms: 1_000 }] }], T0)),
      );
      expect(takes.filter((t) => 'permit' in t)).toHaveLength(7);
    } finally {
      await other.close();
    }
  });
});
