import { weightedSum } from './checksums';
import { latestYearNotAfter, twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate } from './result';
import type { CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// CNP: S YYMMDD JJ NNN C. S: 1-2 1900s, 3-4 1800s, 5-6 2000s, 7-9 foreign residents (century
// not encoded: the latest date that is not in the future). C = weighted sum mod 11, 10 -> 1.
// The county code JJ is not checked: the list has changed over time and the check digit
// already catches typos.
const NUMBER = /^[1-9]\d{12}$/;
const WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];
const CENTURY_BY_SEX_DIGIT: Readonly<Record<string, number>> = { 1: 1900, 2: 1900, 3: 1800, 4: 1800, 5: 2000, 6: 2000 };

export function cnpCheckDigit(first12: string): number {
  const remainder = weightedSum(first12, WEIGHTS) % 11;
  return remainder === 10 ? 1 : remainder;
}

export function checkRomanian(ctx: CheckContext): SchemeResult {
  const digits = withoutSpaces(ctx.input);
  if (!NUMBER.test(digits)) return fail('format', ctx);
  const [yy, month, day] = [twoDigits(digits, 1), twoDigits(digits, 3), twoDigits(digits, 5)];
  const encoded = CENTURY_BY_SEX_DIGIT[digits[0]!];
  const date = { year: encoded !== undefined ? encoded + yy : latestYearNotAfter(yy, month, day, ctx.today), month, day };
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => (cnpCheckDigit(digits) === Number(digits[12]) ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;
  return dated('ro-cnp', { normalized: digits, display: digits }, date);
}
