import { weightedSum } from './checksums';
import { twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate } from './result';
import type { CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// Skatteetaten: DDMMYY + individual number (3) + two mod-11 check digits. D-number: day + 40.
// H-numbers (month + 40) and FH-numbers (first digit 8-9) are health-service stand-ins.
const NUMBER = /^(\d{6})-?(\d{5})$/;
const FIRST_CHECK_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_CHECK_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const D_NUMBER_DAY_OFFSET = 40;

/** The birth year from the individual number ranges, or undefined where no range covers it. */
export function norwegianBirthYear(yy: number, individual: number): number | undefined {
  if (individual < 500) return 1900 + yy;
  if (individual < 750 && yy >= 54) return 1800 + yy;
  if (yy < 40) return 2000 + yy;
  if (individual >= 900) return 1900 + yy;
  return undefined;
}

/** A mod-11 check digit as Norway computes it; 10 means no digit fits (the number is invalid). */
const mod11Check = (text: string, weights: number[]): number => (11 - (weightedSum(text, weights) % 11)) % 11;

export function checkNorwegian(ctx: CheckContext): SchemeResult {
  const match = NUMBER.exec(withoutSpaces(ctx.input));
  if (!match) return fail('format', ctx);
  const digits = match[1]! + match[2]!;
  const dayDigits = twoDigits(digits, 0);
  const monthDigits = twoDigits(digits, 2);
  if (dayDigits >= 80 || monthDigits > 40) return fail('interim', ctx);

  const dNumber = dayDigits > D_NUMBER_DAY_OFFSET;
  const year = norwegianBirthYear(twoDigits(digits, 4), Number(digits.slice(6, 9)));
  if (year === undefined) return fail('century', ctx);
  const date = { year, month: monthDigits, day: dNumber ? dayDigits - D_NUMBER_DAY_OFFSET : dayDigits };
  const checksOut =
    mod11Check(digits, FIRST_CHECK_WEIGHTS) === Number(digits[9]) && mod11Check(digits, SECOND_CHECK_WEIGHTS) === Number(digits[10]);
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => (checksOut ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;

  const datePart = digits.slice(0, 6);
  return dated(dNumber ? 'no-d-number' : 'no-fodselsnummer', { normalized: digits, display: `${datePart} ${digits.slice(6)}` }, date);
}
