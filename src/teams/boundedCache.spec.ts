import { describe, expect, it } from 'vitest';
import { BoundedCache } from './boundedCache';

describe('BoundedCache', () => {
  it('makes a key once, also for concurrent callers', async () => {
    const cache = new BoundedCache<number>(4);
    let made = 0;
    const make = async () => ++made;
    const [a, b] = await Promise.all([cache.get('k', make), cache.get('k', make)]);
    expect([a, b, await cache.get('k', make), made]).toEqual([1, 1, 1, 1]);
  });

  it('forgets a making that failed, so the next caller tries again', async () => {
    const cache = new BoundedCache<string>(4);
    await expect(cache.get('k', () => Promise.reject(new Error('token endpoint down')))).rejects.toThrow('token endpoint down');
    expect(await cache.get('k', async () => 'second try')).toBe('second try');
  });

  it('keeps at most its limit, dropping the oldest', async () => {
    const cache = new BoundedCache<string>(2);
    for (const key of ['a', 'b', 'c']) await cache.get(key, async () => key);
    expect(cache.size).toBe(2);
    expect(await cache.get('a', async () => 'made again')).toBe('made again');
    expect(await cache.get('c', async () => 'not made')).toBe('c');
  });
});
