import { describe, expect, it } from 'vitest';
import { formatWhen } from './i18n';

describe('the tab’s times', () => {
  it.each([
    ['en', '2026-12-03T13:05:00.000Z', '3 Dec 2026, 14:05 CET'],
    ['sv', '2026-12-03T13:05:00.000Z', '3 dec. 2026 14:05 CET'],
    ['sv', '2026-06-01T08:00:00.000Z', '1 juni 2026 10:00 CEST'],
  ] as const)('read like the chat’s, in Swedish time with the zone (%s %s)', (locale, iso, shown) => {
    expect(formatWhen(locale, iso)).toBe(shown);
  });
});
