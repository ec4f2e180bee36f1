import { weightedSum } from './checksums';
import { twoDigits } from './dates';
import { isNewLatvianCode } from './lv-new-form';
import { dated, fail, firstFailure, inTheFuture, notARealDate, undated } from './result';
import type { CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// Personas kods, old form DDMMYY-CNNNX: C is the century (0: 1800s, 1: 1900s, 2: 2000s),
// X = (1101 - weighted sum) mod 11 mod 10. Since July 2017 new codes carry no date: first digit
// 3, second 2-9 (the law as reported in 2023 and 2026; 32 was issued first, 33 onwards follow),
// which no day of a month starts with. Public sources disagree on whether the new form has a
// check digit, so only its shape is checked: refusing a real person's code is worse than letting
// a typo reach the issuer.
const NUMBER = /^(\d{6})-?(\d{5})$/;
const WEIGHTS = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export const latvianCheckDigit = (first10: string): number => ((1101 - weightedSum(first10, WEIGHTS)) % 11) % 10;

export function checkLatvian(ctx: CheckContext): SchemeResult {
  const match = NUMBER.exec(withoutSpaces(ctx.input));
  if (!match) return fail('format', ctx);
  const [head, tail] = [match[1]!, match[2]!];
  const digits = head + tail;
  if (isNewLatvianCode(head)) {
    return undated('lv-personas-kods', { normalized: digits, display: `${head}-${tail}` });
  }
  const century = Number(tail[0]);
  if (century > 2) return fail('century', ctx);
  const date = { year: 1800 + 100 * century + twoDigits(head, 4), month: twoDigits(head, 2), day: twoDigits(head, 0) };
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => (latvianCheckDigit(digits) === Number(digits[10]) ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;
  return dated('lv-personas-kods', { normalized: digits, display: `${head}-${tail}` }, date);
}
