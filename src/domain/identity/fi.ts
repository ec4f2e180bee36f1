import { twoDigits } from './dates';
import { dated, fail, firstFailure, inTheFuture, notARealDate } from './result';
import type { CheckContext, SchemeResult } from './types';
import { withoutSpaces } from './typing';

// Henkilötunnus: DDMMYY, century sign, individual number ZZZ (002-899; 900-999 are temporary),
// check character = DDMMYYZZZ mod 31 in CHECK_CHARS. Since 2023 also Y-U (1900s), B-F (2000s).
const NUMBER = /^(\d{6})([-+A-FU-Y])(\d{3})([0-9A-FHJ-NPR-Y])$/;
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY_BY_SIGN: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

export function finnishCheckChar(dateAndIndividual: string): string {
  return CHECK_CHARS[Number(dateAndIndividual) % 31]!;
}

export function checkFinnish(ctx: CheckContext): SchemeResult {
  const match = NUMBER.exec(withoutSpaces(ctx.input).toUpperCase());
  if (!match) return fail('format', ctx);
  const [, datePart = '', sign = '', individual = '', check = ''] = match;
  if (Number(individual) < 2) return fail('format', ctx);
  if (Number(individual) >= 900) return fail('interim', ctx);
  const date = {
    year: CENTURY_BY_SIGN[sign]! + twoDigits(datePart, 4),
    month: twoDigits(datePart, 2),
    day: twoDigits(datePart, 0),
  };
  const failure = firstFailure(
    () => notARealDate(date, ctx),
    () => (finnishCheckChar(datePart + individual) === check ? undefined : fail('checksum', ctx)),
    () => inTheFuture(date, ctx),
  );
  if (failure) return failure;
  const normalized = datePart + sign + individual + check;
  return dated('fi-hetu', { normalized, display: normalized }, date);
}
