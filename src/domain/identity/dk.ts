import { twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate } from './result';
import type { CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// CPR: DDMMYY-SSSS. The first serial digit fixes the century together with YY. The mod-11
// check was dropped in 2007 (numbers ran out), so a number's only check is its date.
// Substitute numbers (erstatningspersonnummer) add 60 to the day.
const NUMBER = /^(\d{6})-?(\d{4})$/;

export function danishBirthYear(yy: number, centuryDigit: number): number {
  if (centuryDigit <= 3) return 1900 + yy;
  if (centuryDigit === 4 || centuryDigit === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

export function checkDanish(ctx: CheckContext): SchemeResult {
  const match = NUMBER.exec(withoutSpaces(ctx.input));
  if (!match) return fail('format', ctx);
  const [datePart, serial] = [match[1]!, match[2]!];
  const day = twoDigits(datePart, 0);
  if (day > 60) return fail('interim', ctx);
  const date = { year: danishBirthYear(twoDigits(datePart, 4), Number(serial[0])), month: twoDigits(datePart, 2), day };
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;
  return dated('dk-cpr', { normalized: datePart + serial, display: `${datePart}-${serial}` }, date);
}
