import type { Locale } from './index';

/**
 * Every date-time a user reads (orders list, order card, its history) in one shape: Swedish time,
 * with the zone named, because orderers, managers and the issuer may sit in different zones.
 * `3 Dec 2026, 14:05 CET` / `3 dec. 2026 14:05 CET` (CEST in summer). en-GB for English: day
 * before month, 24-hour clock, and a zone abbreviation rather than "GMT+1".
 */
const formats: Record<Locale, Intl.DateTimeFormat> = {
  en: format('en-GB'),
  sv: format('sv-SE'),
};

function format(tag: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(tag, {
    timeZone: 'Europe/Stockholm',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
}

export function formatDateTime(at: Date, locale: Locale): string {
  return formats[locale].format(at);
}
