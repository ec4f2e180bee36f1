import { expect, it } from 'vitest';
import { CheckedCache } from './checkedCache';

it('gives a value back only while its check matches and it is younger than the time to live', () => {
  const cache = new CheckedCache<string>(10, 1_000);
  cache.set('k', 'etag-1', 'doc', 0);
  expect(cache.get('k', 'etag-1', 1_000)).toBe('doc');
  expect(cache.get('k', 'etag-2', 10)).toBeUndefined();
  expect(cache.get('k', 'etag-1', 1_001)).toBeUndefined();
  cache.set('k', 'etag-2', 'newer', 5_000);
  expect(cache.get('k', 'etag-2', 5_500)).toBe('newer');
  cache.delete('k');
  expect(cache.has('k')).toBe(false);
});

it('drops the oldest entry when full, and rewriting a key neither grows it nor drops another', () => {
  const cache = new CheckedCache<number>(2, 60_000);
  cache.set('a', 'x', 1, 0);
  cache.set('b', 'x', 2, 0);
  cache.set('a', 'x', 3, 1);
  expect([cache.has('a'), cache.has('b')]).toEqual([true, true]);
  cache.set('c', 'x', 4, 2);
  expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
});
