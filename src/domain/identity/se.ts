import { luhnValid } from './checksums';
import { latestYearNotAfter, twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate } from './result';
import type { CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// Skatteverket: YYMMDD, birth number NNN, check digit; '-' becomes '+' the year the holder turns
// 100. Samordningsnummer: the same with day + 60. Interim ("T") numbers put a letter first in
// the birth number; ID06's issuer does not accept them.
const NUMBER = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/;
const INTERIM = /^(?:\d{2})?\d{6}[-+]?[A-Za-z]\d{3}$/;
const COORDINATION_DAY_OFFSET = 60;

/** Swedish personnummer or samordningsnummer in any common form; stored as 12 digits. */
export function checkSwedish(ctx: CheckContext): SchemeResult {
  const text = withoutSpaces(ctx.input);
  if (INTERIM.test(text)) return fail('interim', ctx);
  const match = NUMBER.exec(text);
  if (!match) return fail('format', ctx);
  const [, centuryDigits, yymmdd = '', separator, serial = ''] = match;
  if (serial.startsWith('000')) return fail('format', ctx);

  const yy = twoDigits(yymmdd, 0);
  const dayDigits = twoDigits(yymmdd, 4);
  const coordination = dayDigits > COORDINATION_DAY_OFFSET;
  const month = twoDigits(yymmdd, 2);
  const day = coordination ? dayDigits - COORDINATION_DAY_OFFSET : dayDigits;
  let year: number;
  if (centuryDigits !== undefined) {
    year = Number(centuryDigits) * 100 + yy;
    const centenarian = ctx.today.year - year >= 100;
    if (!['18', '19', '20'].includes(centuryDigits) || (separator === '+' && !centenarian)) {
      return fail('century', ctx);
    }
  } else if (separator === '+') {
    // '+' from the year the holder turns 100 (folkbokföringslagen 18 §): a century before the
    // latest year ending in YY that is not after this one.
    year = Math.floor(ctx.today.year / 100) * 100 + yy - 100;
    if (year > ctx.today.year - 100) year -= 100;
  } else {
    // '-' or none: under 100, so the latest date with these digits that is not after today.
    year = latestYearNotAfter(yy, month, day, ctx.today);
  }

  const date = { year, month, day };
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => (luhnValid(yymmdd + serial) ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;

  const datePart = String(year) + yymmdd.slice(2);
  return dated(
    coordination ? 'se-samordningsnummer' : 'se-personnummer',
    { normalized: datePart + serial, display: `${datePart}-${serial}` },
    date,
  );
}
