import { weightedSum } from './checksums';
import { twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate } from './result';
import type { CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// EGN: YYMMDD (month + 20 for the 1800s, + 40 for the 2000s), serial, check digit = weighted
// sum mod 11 mod 10.
const NUMBER = /^\d{10}$/;
const WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6];

export const egnCheckDigit = (first9: string): number => (weightedSum(first9, WEIGHTS) % 11) % 10;

function decode(yy: number, encodedMonth: number): { year: number; month: number } {
  if (encodedMonth > 40) return { year: 2000 + yy, month: encodedMonth - 40 };
  if (encodedMonth > 20) return { year: 1800 + yy, month: encodedMonth - 20 };
  return { year: 1900 + yy, month: encodedMonth };
}

export function checkBulgarian(ctx: CheckContext): SchemeResult {
  const digits = withoutSpaces(ctx.input);
  if (!NUMBER.test(digits)) return fail('format', ctx);
  const date = { ...decode(twoDigits(digits, 0), twoDigits(digits, 2)), day: twoDigits(digits, 4) };
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => (egnCheckDigit(digits) === Number(digits[9]) ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;
  return dated('bg-egn', { normalized: digits, display: digits }, date);
}
