import type { CalendarDate } from './types';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Today in UTC, the same convention as the person field checks. */
export function calendarDate(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0-99 to 1900-1999
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  return isoDate(a) > isoDate(b);
}

/**
 * For numbers that give the year as two digits and no century: the latest year ending in `yy`
 * whose date (month, day) is not after today. Full dates, not years: someone of 99 whose
 * birthday is later this year was born last century, not later this year.
 */
export function latestYearNotAfter(yy: number, month: number, day: number, today: CalendarDate): number {
  const year = Math.floor(today.year / 100) * 100 + yy;
  return isAfter({ year, month, day }, today) ? year - 100 : year;
}

/** YYYY-MM-DD (or YYYYMMDD) as typed by a user; undefined when it is no real date. */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : undefined;
}

/** A two-digit field of a digit string, e.g. twoDigits('811228', 2) === 12. */
export function twoDigits(text: string, at: number): number {
  return Number(text.slice(at, at + 2));
}
