import { stdnum } from 'stdnum';
import type { Validator } from 'stdnum';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkIdentityNumber, type IdentityResult } from './index';
import { TODAY } from './spec/cases';
import { seededRandom } from '../../../test/support/seededRandom';
import { GENERATORS } from './spec/generate';
import {
  bulgarianDateInvalid,
  digitsOf,
  estonianDateInvalid,
  finnishIndividual,
  norwegian1854,
  rodneCisloMonth40or90,
  rodneCisloRemainder10,
  romanianCountyUnlisted,
  swedish,
  swedishBirthdayLaterThisYear,
  swedishImpossibleCentury,
  swedishPlusUnder100,
  two,
} from './spec/readings';

// Differential test against an independent implementation: koblas' stdnum-js (npm `stdnum`),
// written apart from python-stdnum, which the rules were first compared with. It covers all
// twelve of our national schemes, under these names. Latvia has no personal-code module of its
// own: its VAT validator's branch for a first digit 0-3 is the personal code. Numbers are generated
// in printed forms both sides read (the reference's Swedish check needs the '-' or '+'); what only
// we accept, such as separators copied from documents, is in the table tests.
const REFERENCE: Readonly<Record<string, readonly [string, string]>> = {
  SE: ['SE', 'personnummer'],
  NO: ['NO', 'fodselsnummer'],
  DK: ['DK', 'cpr'],
  FI: ['FI', 'hetu'],
  PL: ['PL', 'pesel'],
  EE: ['EE', 'ik'],
  LT: ['LT', 'asmens'],
  LV: ['LV', 'pvn'],
  CZ: ['CZ', 'rc'],
  SK: ['SK', 'rc'],
  RO: ['RO', 'cnp'],
  BG: ['BG', 'egn'],
};
/** Numbers per nationality: a few thousand (Norway more: two check digits make valid ones rare). */
const COUNT: Readonly<Record<string, number>> = { NO: 6_000 };
const DEFAULT_COUNT = 3_000;
/** Fixed, so every run compares the same numbers; IDENTITY_DIFF_SEED explores others locally. */
const SEED = Number(process.env.IDENTITY_DIFF_SEED ?? 20_261_125);

const reference = (country: string): Validator => {
  const [namespace, name] = REFERENCE[country]!;
  const validator = stdnum[namespace]?.[name];
  if (!validator) throw new Error(`stdnum has no ${namespace}.${name}`);
  return validator;
};

interface Difference {
  countries: readonly string[];
  /** Which side accepts: ours (the reference refuses) or the reference (we refuse). */
  accepts: 'ours' | 'reference';
  /** A number this row explains, so the row is exercised even if the generator misses it. */
  example: string;
  reason: string;
  applies: (input: string) => boolean;
}

/** Every deliberate difference, with its reason. Any other disagreement fails the test. */
const DIFFERENCES: readonly Difference[] = [
  {
    countries: ['SE'],
    accepts: 'reference',
    example: '811228-0006',
    reason: 'birth number 000 is never issued (Skatteverket: 001-999)',
    applies: (input) => swedish(input).serial.startsWith('000'),
  },
  {
    countries: ['SE'],
    accepts: 'reference',
    example: '17900101-1239',
    reason: 'Skatteverket stores the centuries 18, 19 and 20 only',
    applies: swedishImpossibleCentury,
  },
  {
    countries: ['SE'],
    accepts: 'reference',
    example: '19811228+9874',
    reason: "a '+' says 100 or older, which the century given contradicts",
    applies: swedishPlusUnder100,
  },
  {
    countries: ['SE'],
    accepts: 'ours',
    example: '260601-1233',
    reason:
      "'-' is read as the latest date not after today; the reference compares years: a 99-year-old with a birthday later this year is unborn",
    applies: swedishBirthdayLaterThisYear,
  },
  {
    countries: ['NO'],
    accepts: 'reference',
    example: '01419012382',
    reason: 'H-numbers (month + 40) are health-service stand-ins, not identity numbers',
    applies: (input) => two(digitsOf(input), 2) > 40,
  },
  {
    countries: ['NO'],
    accepts: 'ours',
    example: '01015450068',
    reason: "individual numbers 500-749 cover 1854-1899 (Skatteetaten, python-stdnum); the reference's range starts in 1855",
    applies: norwegian1854,
  },
  {
    countries: ['FI'],
    accepts: 'reference',
    example: '131052-9085',
    reason: 'individual numbers 900-999 are temporary, which the issuer does not accept',
    applies: (input) => finnishIndividual(input) >= 900,
  },
  {
    countries: ['FI'],
    accepts: 'reference',
    example: '131052-001W',
    reason: 'individual numbers start at 002',
    applies: (input) => finnishIndividual(input) < 2,
  },
  {
    countries: ['EE'],
    accepts: 'reference',
    example: '37613030293',
    reason:
      'the reference checks only the check digit (its date check serves Lithuania); we require a century digit 1-8 and a real, past date',
    applies: estonianDateInvalid,
  },
  {
    countries: ['LV'],
    accepts: 'ours',
    example: '330000-00001',
    reason: 'new-form codes (since July 2017) start 32-39, no date; the reference reads a day 32-39, python-stdnum accepts only 32',
    applies: (input) => /^3[2-9]/.test(input),
  },
  {
    countries: ['LV'],
    accepts: 'reference',
    example: '40000000000',
    reason: "the reference's validator is the VAT one: a first digit 4-9 is a legal entity's number, not a personal code",
    applies: (input) => Number(input[0]) >= 4,
  },
  {
    countries: ['CZ', 'SK'],
    accepts: 'reference',
    example: '810101/123',
    reason: 'a 9-digit number read as 1881-1899 would make the holder over 125',
    applies: (input) => digitsOf(input).length === 9 && two(input, 0) > 80,
  },
  {
    countries: ['CZ', 'SK'],
    accepts: 'reference',
    example: '994101/1234',
    reason: 'there is no + 40 or + 90 month series (the reference takes the month mod 50 mod 20)',
    applies: rodneCisloMonth40or90,
  },
  {
    countries: ['CZ', 'SK'],
    accepts: 'ours',
    example: '853212/0070',
    reason:
      'remainder 10 as check digit 0 is accepted in any year (NZIS: "until 1985, a few later cannot be ruled out"); the reference: until 1984',
    applies: rodneCisloRemainder10,
  },
  {
    countries: ['RO'],
    accepts: 'ours',
    example: '1800101491144',
    reason: 'county codes are not checked: the list has changed over time and the check digit catches typos',
    applies: romanianCountyUnlisted,
  },
  {
    countries: ['RO'],
    accepts: 'ours',
    example: '7000229123457',
    reason: 'a foreign resident (7-9) gets the latest date not in the future; the reference assumes the 1900s, and 1900 had no 29 February',
    applies: (input) => '789'.includes(input[0]!) && input.slice(1, 7) === '000229',
  },
  {
    countries: ['BG'],
    accepts: 'reference',
    example: '9002301231',
    reason: 'the reference checks only the check digit; we require a real date of birth, not in the future',
    applies: bulgarianDateInvalid,
  },
];

interface Verdicts {
  country: string;
  input: string;
  ours: string;
  reference: string;
  agree: boolean;
}

/** Our verdict and the reference's on one number, and whether they agree. */
function compare(country: string, input: string): Verdicts {
  const ours: IdentityResult = checkIdentityNumber(country, input, { today: TODAY });
  const theirs = reference(country).validate(input);
  const verdicts = {
    country,
    input,
    ours: ours.ok ? `ok ${ours.normalized}` : ours.code,
    reference: theirs.isValid ? `ok ${theirs.compact}` : String(theirs.error?.name),
  };
  if (!ours.ok || !theirs.isValid) return { ...verdicts, agree: ours.ok === theirs.isValid };
  // Both accept: the same number. Sweden's reference keeps the 10-digit form (its sign, or the
  // input unchanged when it cannot read the date, as for 12-digit coordination numbers).
  const same = country === 'SE' ? ours.normalized.slice(2) === digitsOf(theirs.compact).slice(-10) : ours.normalized === theirs.compact;
  return { ...verdicts, agree: same };
}

const explains = (difference: Difference, { country, input, ours, reference: theirs }: Verdicts): boolean =>
  difference.countries.includes(country) &&
  (difference.accepts === 'ours' ? ours.startsWith('ok') && !theirs.startsWith('ok') : theirs.startsWith('ok') && !ours.startsWith('ok')) &&
  difference.applies(input);

// The reference reads the system clock (in local time); ours takes `today`. Both see the same day
// wherever the local zone is within 11 hours of UTC: TODAY is noon UTC.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
});
afterAll(() => vi.useRealTimers());

describe('differential test against stdnum-js', () => {
  const rows = DIFFERENCES.map((difference) => [difference.example, difference] as const);
  it.each(rows)('deliberate difference %s (row %#) disagrees as its row says', (example, difference) => {
    for (const country of difference.countries) {
      const verdicts = compare(country, example);
      expect(verdicts.agree, `${country} ${example} should disagree: ${difference.reason}`).toBe(false);
      expect(explains(difference, verdicts), JSON.stringify(verdicts)).toBe(true);
    }
  });

  it.each(Object.keys(GENERATORS))('%s: every disagreement is a deliberate difference', (country) => {
    const rng = seededRandom(SEED + country.charCodeAt(0) * 256 + country.charCodeAt(1));
    const numbers = GENERATORS[country]!(rng, TODAY, COUNT[country] ?? DEFAULT_COUNT);
    const verdicts = numbers.map((input) => compare(country, input));
    const unexplained = verdicts.filter((found) => !found.agree && !DIFFERENCES.some((difference) => explains(difference, found)));
    expect(unexplained.slice(0, 20), `${unexplained.length} of ${numbers.length} unexplained (seed ${SEED})`).toEqual([]);
    // The comparison means something only if both verdicts occur often enough.
    const acceptedByBoth = verdicts.filter((found) => found.agree && found.ours.startsWith('ok')).length;
    const refusedByBoth = verdicts.filter((found) => found.agree && !found.ours.startsWith('ok')).length;
    expect(numbers.length).toBeGreaterThanOrEqual(3_000);
    expect(acceptedByBoth).toBeGreaterThanOrEqual(25);
    expect(refusedByBoth).toBeGreaterThanOrEqual(numbers.length / 10);
  });
});
