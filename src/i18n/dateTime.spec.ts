import { describe, expect, it } from 'vitest';
import { formatDateTime } from './dateTime';

// Instants given in UTC: the output must not depend on the machine's TZ.
describe('formatDateTime', () => {
  it.each([
    ['2026-12-03T13:05:00Z', 'en', '3 Dec 2026, 14:05 CET'],
    ['2026-12-03T13:05:00Z', 'sv', '3 dec. 2026 14:05 CET'],
    ['2026-07-03T13:05:00Z', 'en', '3 Jul 2026, 15:05 CEST'],
    ['2026-07-03T13:05:00Z', 'sv', '3 juli 2026 15:05 CEST'],
    // 23:30 UTC on New Year's Eve is already the next day in Stockholm.
    ['2026-12-31T23:30:00Z', 'en', '1 Jan 2027, 00:30 CET'],
    ['2026-12-31T23:30:00Z', 'sv', '1 jan. 2027 00:30 CET'],
  ] as const)('%s in %s is %s', (iso, locale, shown) => {
    expect(formatDateTime(new Date(iso), locale)).toBe(shown);
  });

  it('is the same whatever the process time zone says', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(formatDateTime(new Date('2026-12-03T13:05:00Z'), 'en')).toBe('3 Dec 2026, 14:05 CET');
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
