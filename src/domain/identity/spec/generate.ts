import type { CalendarDate } from '../types';

// Seeded generators of identity numbers as people type them, for the differential test. Most
// bodies get every possible check digit (or character), so each body yields its valid number and
// all its wrong-check-digit neighbours without the generator computing any check digit itself.

type Random = () => number;
const int = (rng: Random, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const chance = (rng: Random, p: number): boolean => rng() < p;
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const DIGITS = '0123456789';

const DAY_MS = 86_400_000;
const fromTime = (time: number): CalendarDate => {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/**
 * A date of birth: mostly real dates from 1850 to two years ahead, many near today and near
 * today a century ago (where centuries are inferred), and some impossible months and days.
 */
export function birthDate(rng: Random, today: Date, range = { from: 1850, to: today.getUTCFullYear() + 2 }): CalendarDate {
  const roll = rng();
  const nearTo = (anchor: number) => fromTime(anchor + int(rng, -400, 400) * DAY_MS);
  if (roll < 0.1) return nearTo(today.getTime());
  if (roll < 0.2) return nearTo(Date.UTC(today.getUTCFullYear() - 100, today.getUTCMonth(), today.getUTCDate()));
  if (roll < 0.32) return { year: int(rng, range.from, range.to), month: int(rng, 0, 13), day: int(rng, 0, 32) };
  return fromTime(int(rng, Date.UTC(range.from, 0, 1), Date.UTC(range.to, 11, 31) - DAY_MS));
}

const yy = (date: CalendarDate): string => pad(date.year % 100);
const random = (rng: Random, width: number): string => [...Array(width)].map(() => pick(rng, [...DIGITS])).join('');
/** Every completion of `body` with one more character from `alphabet`. */
const everyEnding = (body: string, alphabet = DIGITS): string[] => [...alphabet].map((last) => body + last);

/** Bodies from `body()`, each completed every way, until there are at least `count` numbers. */
function expand(count: number, body: () => string[]): string[] {
  const numbers: string[] = [];
  while (numbers.length < count) numbers.push(...body());
  return numbers;
}

export type Generator = (rng: Random, today: Date, count: number) => string[];

const swedish: Generator = (rng, today, count) =>
  expand(count, () => {
    const date = birthDate(rng, today);
    const day = pad(date.day + (chance(rng, 0.2) ? 60 : 0));
    const birthNumber = chance(rng, 0.03) ? '000' : random(rng, 3);
    const sign = chance(rng, 0.25) ? '+' : '-';
    const century = chance(rng, 0.04) ? pick(rng, ['17', '21']) : pad(Math.floor(date.year / 100));
    const prefix = chance(rng, 0.5) ? century : '';
    return everyEnding(`${prefix}${yy(date)}${pad(date.month)}${day}${sign}${birthNumber}`);
  });

const norwegian: Generator = (rng, today, count) =>
  expand(count, () => {
    const date = birthDate(rng, today);
    const day = date.day + (chance(rng, 0.15) ? 40 : chance(rng, 0.03) ? 80 : 0); // D-number, FH-number
    const month = date.month + (chance(rng, 0.06) ? 40 : 0); // H-number
    const individual = chance(rng, 0.15) ? pad(int(rng, 500, 749), 3) : random(rng, 3);
    const head = `${pad(day)}${pad(month)}${yy(date)}`;
    const separator = chance(rng, 0.4) ? ' ' : '';
    return everyEnding(head + separator + individual, DIGITS).flatMap((body) => everyEnding(body));
  });

const danish: Generator = (rng, today, count) =>
  expand(count, () => {
    const date = birthDate(rng, today);
    const day = date.day + (chance(rng, 0.03) ? 60 : 0); // substitute numbers
    return [`${pad(day)}${pad(date.month)}${yy(date)}${chance(rng, 0.5) ? '-' : ''}${random(rng, 4)}`];
  });

const FINNISH_SIGNS: Readonly<Record<number, string>> = { 18: '+', 19: '-YXWVU', 20: 'ABCDEF' };
const finnish: Generator = (rng, today, count) =>
  expand(count, () => {
    const date = birthDate(rng, today);
    const signs = FINNISH_SIGNS[Math.floor(date.year / 100)] ?? '+-A';
    const sign = chance(rng, 0.03) ? pick(rng, [...'GZ/']) : chance(rng, 0.1) ? pick(rng, [...'+-YA']) : pick(rng, [...signs]);
    const individual = chance(rng, 0.05) ? pick(rng, ['000', '001']) : random(rng, 3);
    return everyEnding(`${pad(date.day)}${pad(date.month)}${yy(date)}${sign}${individual}`, '0123456789ABCDEFHJKLMNPRSTUVWXY');
  });

const PESEL_MONTH_OFFSET: Readonly<Record<number, number>> = { 18: 80, 19: 0, 20: 20, 21: 40, 22: 60 };
const polish: Generator = (rng, today, count) =>
  expand(count, () => {
    const date = birthDate(rng, today);
    const month = date.month + (PESEL_MONTH_OFFSET[Math.floor(date.year / 100)] ?? 0);
    return everyEnding(`${yy(date)}${pad(month)}${pad(date.day)}${random(rng, 4)}`);
  });

/** Estonia and Lithuania: G YYMMDD SSS C, G from the century and sex (Lithuania: 9 for exceptions). */
const baltic =
  (exceptional: boolean): Generator =>
  (rng, today, count) =>
    expand(count, () => {
      if (exceptional && chance(rng, 0.05)) return everyEnding(`9${random(rng, 9)}`);
      const date = birthDate(rng, today);
      const centuryDigit = 2 * (Math.floor(date.year / 100) - 18) + int(rng, 1, 2);
      const lead = chance(rng, 0.06) ? pick(rng, ['0', '9']) : String(centuryDigit);
      return everyEnding(`${lead}${yy(date)}${pad(date.month)}${pad(date.day)}${random(rng, 3)}`);
    });

const latvian: Generator = (rng, today, count) =>
  expand(count, () => {
    const separator = chance(rng, 0.5) ? '-' : '';
    if (chance(rng, 0.25)) {
      const code = `3${int(rng, 0, 9)}${random(rng, 9)}`;
      return [`${code.slice(0, 6)}${separator}${code.slice(6)}`];
    }
    const date = birthDate(rng, today);
    const century = chance(rng, 0.08) ? int(rng, 3, 9) : Math.floor(date.year / 100) - 18;
    const day = date.day + (chance(rng, 0.04) ? 40 : 0); // a legal entity's number, not a personal code
    return everyEnding(`${pad(day)}${pad(date.month)}${yy(date)}${separator}${century}${random(rng, 3)}`);
  });

const RODNE_CISLO_MONTH_OFFSETS = [0, 0, 50, 50, 20, 70, 40, 90];
const rodneCislo: Generator = (rng, today, count) =>
  expand(count, () => {
    const short = chance(rng, 0.1);
    const date = short ? birthDate(rng, today, { from: 1880, to: 1960 }) : birthDate(rng, today, { from: 1954, to: 2030 });
    const head = `${yy(date)}${pad(date.month + pick(rng, RODNE_CISLO_MONTH_OFFSETS))}${pad(date.day)}${chance(rng, 0.5) ? '/' : ''}`;
    return short ? [head + random(rng, 3)] : everyEnding(head + random(rng, 3));
  });

const CNP_SEX_DIGITS: Readonly<Record<number, string>> = { 18: '34', 19: '12', 20: '56' };
const romanian: Generator = (rng, today, count) =>
  expand(count, () => {
    const date = birthDate(rng, today);
    const own = CNP_SEX_DIGITS[Math.floor(date.year / 100)] ?? '12';
    const sex = chance(rng, 0.04) ? '0' : chance(rng, 0.3) ? pick(rng, [...'789']) : pick(rng, [...own]);
    const county = chance(rng, 0.1) ? random(rng, 2) : pad(int(rng, 1, 52));
    return everyEnding(`${sex}${yy(date)}${pad(date.month)}${pad(date.day)}${county}${random(rng, 3)}`);
  });

const EGN_MONTH_OFFSET: Readonly<Record<number, number>> = { 18: 20, 19: 0, 20: 40 };
const bulgarian: Generator = (rng, today, count) =>
  expand(count, () => {
    const date = birthDate(rng, today);
    const month = date.month + (EGN_MONTH_OFFSET[Math.floor(date.year / 100)] ?? 0);
    return everyEnding(`${yy(date)}${pad(month)}${pad(date.day)}${random(rng, 3)}`);
  });

export const GENERATORS: Readonly<Record<string, Generator>> = {
  SE: swedish,
  NO: norwegian,
  DK: danish,
  FI: finnish,
  PL: polish,
  EE: baltic(false),
  LT: baltic(true),
  LV: latvian,
  CZ: rodneCislo,
  SK: rodneCislo,
  RO: romanian,
  BG: bulgarian,
};
