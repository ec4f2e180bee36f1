import { weightedSum } from './checksums';
import { twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate, undated } from './result';
import type { CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// Estonian isikukood and Lithuanian asmens kodas share one layout: G YYMMDD SSS C, where G gives
// sex and century (1-2: 1800s, 3-4: 1900s, 5-6: 2000s, 7-8: 2100s) and C is a two-stage mod 11.
// Lithuania gives a few people an exceptional code starting with 9 that carries no date.
const NUMBER = /^\d{11}$/;
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];

export function balticCheckDigit(first10: string): number {
  const first = weightedSum(first10, FIRST_WEIGHTS) % 11;
  if (first < 10) return first;
  const second = weightedSum(first10, SECOND_WEIGHTS) % 11;
  return second < 10 ? second : 0;
}

type BalticScheme = 'ee-isikukood' | 'lt-asmens-kodas';

export function checkBaltic(scheme: BalticScheme, ctx: CheckContext): SchemeResult {
  const digits = withoutSpaces(ctx.input);
  if (!NUMBER.test(digits)) return fail('format', ctx);
  const lead = Number(digits[0]);
  const checksOut = balticCheckDigit(digits) === Number(digits[10]);
  if (lead === 9 && scheme === 'lt-asmens-kodas') {
    if (!checksOut) return fail('checksum', ctx);
    return undated(scheme, { normalized: digits, display: digits });
  }
  if (lead < 1 || lead > 8) return fail('format', ctx);

  const date = {
    year: 1800 + 100 * Math.floor((lead - 1) / 2) + twoDigits(digits, 1),
    month: twoDigits(digits, 3),
    day: twoDigits(digits, 5),
  };
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => (checksOut ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;
  return dated(scheme, { normalized: digits, display: digits }, date);
}
