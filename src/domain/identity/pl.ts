import { weightedSum } from './checksums';
import { twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate } from './result';
import type { CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// PESEL: YYMMDD (month + 80/0/20/40/60 for the 1800s/1900s/2000s/2100s/2200s), serial, check
// digit = (10 - weighted sum mod 10) mod 10.
const NUMBER = /^\d{11}$/;
const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
const CENTURY_BY_MONTH_BLOCK = [1900, 2000, 2100, 2200, 1800];

export const peselCheckDigit = (first10: string): number => (10 - (weightedSum(first10, WEIGHTS) % 10)) % 10;

export function checkPolish(ctx: CheckContext): SchemeResult {
  const digits = withoutSpaces(ctx.input);
  if (!NUMBER.test(digits)) return fail('format', ctx);
  const encodedMonth = twoDigits(digits, 2);
  const century = CENTURY_BY_MONTH_BLOCK[Math.floor(encodedMonth / 20)];
  if (century === undefined) return fail('date', ctx);
  const date = { year: century + twoDigits(digits, 0), month: encodedMonth % 20, day: twoDigits(digits, 4) };
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => (peselCheckDigit(digits) === Number(digits[10]) ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;
  return dated('pl-pesel', { normalized: digits, display: digits }, date);
}
