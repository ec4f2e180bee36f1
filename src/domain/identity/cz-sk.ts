import { twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate } from './result';
import type { CalendarDate, CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// Rodné číslo (Czech Republic and Slovakia, one scheme): YYMMDD/SSSC. Women: month + 50. Since
// 2004 (Czech act 53/2004) also + 20 (men) or + 70 (women) for numbers issued when a date's
// serials have run out; they go to people of any age (often foreigners recorded as born on
// 1 January), so any birth year may have them. 10 digits since 1954, divisible by 11, except that
// a remainder of 10 was written as check digit 0 (the NZIS data standard: "until 1985, about
// 1000 numbers; a few later cannot be ruled out", so any year). Before 1954: 9 digits
// (YYMMDD/SSS), no check digit.
const NUMBER = /^(\d{6})\/?(\d{3,4})$/;
const LAST_SHORT_YY = 53;

const MONTH_OFFSETS = [0, 20, 50, 70];

/** The month, or 0 (no month) when the encoded month is in none of the four series. */
function decodeMonth(encoded: number): number {
  const offset = MONTH_OFFSETS.find((candidate) => encoded > candidate && encoded <= candidate + 12);
  return offset === undefined ? 0 : encoded - offset;
}

export const rodneCisloCheckDigit = (first9: string): number => (Number(first9) % 11) % 10;

export function checkRodneCislo(scheme: 'cz-rodne-cislo' | 'sk-rodne-cislo', ctx: CheckContext): SchemeResult {
  const match = NUMBER.exec(withoutSpaces(ctx.input));
  if (!match) return fail('format', ctx);
  const [head, serial] = [match[1]!, match[2]!];
  const digits = head + serial;
  const yy = twoDigits(head, 0);
  const short = digits.length === 9;
  // 9 digits: births up to 1953 (1800s births are left out: no such cardholder is alive).
  if (short && yy > LAST_SHORT_YY) return fail('format', ctx);
  const year = (short || yy > LAST_SHORT_YY ? 1900 : 2000) + yy;
  const date: CalendarDate = { year, month: decodeMonth(twoDigits(head, 2)), day: twoDigits(head, 4) };
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => (short || rodneCisloCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;
  return dated(scheme, { normalized: digits, display: `${head}/${serial}` }, date);
}
