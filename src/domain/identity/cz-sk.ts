import { twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate } from './result';
import type { CalendarDate, CheckContext, SchemeResult } from './types';

// Rodné číslo (Czech Republic and Slovakia, one scheme): YYMMDD/SSSC. Women: month + 50; since
// 2004 also + 20 (men) or + 70 (women) when a day's serials run out. 10 digits since 1954,
// divisible by 11, except that a remainder of 10 was written as check digit 0. Before 1954:
// 9 digits (YYMMDD/SSS), no check digit.
const NUMBER = /^(\d{6})\/?(\d{3,4})$/;
const EXTRA_MONTHS_SINCE = 2004;
const LAST_SHORT_YY = 53;

/** The month, or undefined when the encoded month is none of the four ranges. */
function decodeMonth(encoded: number): { month: number; extra: boolean } | undefined {
  for (const [offset, extra] of [[0, false], [50, false], [20, true], [70, true]] as const) {
    if (encoded > offset && encoded <= offset + 12) return { month: encoded - offset, extra };
  }
  return undefined;
}

export const rodneCisloCheckDigit = (first9: string): number => (Number(first9) % 11) % 10;

export function checkRodneCislo(scheme: 'cz-rodne-cislo' | 'sk-rodne-cislo', ctx: CheckContext): SchemeResult {
  const match = NUMBER.exec(ctx.input.replace(/\s+/g, ''));
  if (!match) return fail('format', ctx);
  const [head, serial] = [match[1]!, match[2]!];
  const digits = head + serial;
  const yy = twoDigits(head, 0);
  const short = digits.length === 9;
  // 9 digits: births up to 1953 (1800s births are left out: no such cardholder is alive).
  if (short && yy > LAST_SHORT_YY) return fail('format', ctx);
  const year = (short || yy > LAST_SHORT_YY ? 1900 : 2000) + yy;
  const decoded = decodeMonth(twoDigits(head, 2));
  const date: CalendarDate = { year, month: decoded?.month ?? 0, day: twoDigits(head, 4) };
  const failure = firstFailure(
    () => (decoded && !(decoded.extra && year < EXTRA_MONTHS_SINCE) ? notARealDate(date, ctx) : fail('date', ctx)),
    () => (short || rodneCisloCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;
  return dated(scheme, { normalized: digits, display: `${head}/${serial}` }, date);
}
