import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter, TEAMS_CONVERSATION_LIMITS, TEAMS_TENANT_LIMITS } from '../../src/notify/limiter';
import { maxInWindow } from '../support/fakeClock';

/** Dispatches as fast as the limiter allows, calls completing `latency` ms after dispatch. */
function simulate(limiter: SlidingWindowLimiter, key: string, calls: number, latency = 0): number[] {
  const completed: number[] = [];
  let now = 0;
  while (completed.length < calls) {
    const permit = limiter.acquire(key, now);
    if (!permit) {
      now += Math.max(1, Math.min(limiter.waitMs(key, now), 10_000));
      continue;
    }
    permit.complete(now + latency);
    completed.push(now + latency);
    now += latency;
  }
  return completed;
}

describe('SlidingWindowLimiter', () => {
  it('allows the Teams per-conversation burst of 7, then 8 per 2 s, 60 per 30 s', () => {
    const times = simulate(new SlidingWindowLimiter(TEAMS_CONVERSATION_LIMITS), 'conv', 200);
    expect(maxInWindow(times, 1_000)).toBe(7);
    expect(maxInWindow(times, 2_000)).toBe(8);
    expect(maxInWindow(times, 30_000)).toBe(60);
    expect(times.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('holds 30 per second per tenant, whatever the call latency', () => {
    for (const latency of [0, 7, 333]) {
      const times = simulate(new SlidingWindowLimiter(TEAMS_TENANT_LIMITS), 'tenant', 300, latency);
      expect(maxInWindow(times, 1_000)).toBeLessThanOrEqual(30);
    }
  });

  it('says how long to wait, and Infinity while only in-flight calls fill the window', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 2, ms: 1_000 }]);
    const a = limiter.acquire('k', 0)!;
    const b = limiter.acquire('k', 0)!;
    expect(limiter.acquire('k', 0)).toBeNull();
    expect(limiter.waitMs('k', 0)).toBe(Infinity);
    a.complete(100);
    expect(limiter.waitMs('k', 150)).toBe(950);
    b.abandon();
    expect(limiter.waitMs('k', 150)).toBe(0);
    b.complete(5_000); // ignored: already closed
    expect(limiter.waitMs('k', 1_100)).toBe(0);
    expect(limiter.waitMs('other', 0)).toBe(0);
  });

  it('blocks a key until a Retry-After has passed', () => {
    const limiter = new SlidingWindowLimiter(TEAMS_CONVERSATION_LIMITS);
    limiter.block('conv', 3_000, 0);
    expect(limiter.waitMs('conv', 1_000)).toBe(2_000);
    expect(limiter.acquire('conv', 2_999)).toBeNull();
    expect(limiter.acquire('conv', 3_000)).not.toBeNull();
    expect(limiter.waitMs('other', 1_000)).toBe(0);
  });

  it('forgets idle keys', () => {
    const limiter = new SlidingWindowLimiter([{ limit: 5, ms: 1_000 }]);
    for (let i = 0; i < 999; i++) limiter.acquire(`conv-${i}`, 0)!.complete(0);
    expect(limiter.size).toBe(999);
    limiter.acquire('late', 5_000);
    expect(limiter.size).toBe(1);
  });
});
