import { describe, expect, it } from 'vitest';
import { checkIdentityNumber, type IdentityErrorCode } from './index';
import { t } from '../../i18n';
import { TODAY } from './spec/cases';

// People copy numbers from documents, PDFs, Word files and web pages: typographic dashes and
// slashes, no-break spaces, invisible characters. Spaces are allowed anywhere; any other separator
// only where the national form prints it, and a Swedish '-' or '+' stays where it was typed
// (it says under or over 100). Accepted numbers come back in their canonical form.
const EN_DASH = '\u2013';
const MINUS = '\u2212';
const NB_HYPHEN = '\u2011';
const FULLWIDTH_HYPHEN = '\uFF0D';
const FULLWIDTH_PLUS = '\uFF0B';
const FRACTION_SLASH = '\u2044';
const DIVISION_SLASH = '\u2215';
const FULLWIDTH_SLASH = '\uFF0F';
const NBSP = '\u00A0';
const NARROW_NBSP = '\u202F';
const THIN_SPACE = '\u2009';
const ZERO_WIDTH_SPACE = '\u200B';
const SOFT_HYPHEN = '\u00AD';
const WORD_JOINER = '\u2060';

const check = (country: string, input: string) => checkIdentityNumber(country, input, { today: TODAY });

describe('separators as printed on documents', () => {
  // [nationality, as typed, canonical display, date of birth]
  it.each([
    ['SE', '811228-9874', '19811228-9874', '1981-12-28'],
    ['SE', `811228${EN_DASH}9874`, '19811228-9874', '1981-12-28'],
    ['SE', `811228${MINUS}9874`, '19811228-9874', '1981-12-28'],
    ['SE', `811228${NB_HYPHEN}9874`, '19811228-9874', '1981-12-28'],
    ['SE', `811228${FULLWIDTH_HYPHEN}9874`, '19811228-9874', '1981-12-28'],
    ['SE', `19811228 ${EN_DASH} 9874`, '19811228-9874', '1981-12-28'],
    ['SE', `19811228${NBSP}9874`, '19811228-9874', '1981-12-28'],
    ['SE', `8112${ZERO_WIDTH_SPACE}28-98${SOFT_HYPHEN}74${WORD_JOINER}`, '19811228-9874', '1981-12-28'],
    ['SE', '8 1 1 2 2 8 - 9 8 7 4', '19811228-9874', '1981-12-28'],
    // The sign is read where it stands, never guessed: a dash is under 100, a plus 100 or over.
    ['SE', `121212${EN_DASH}1212`, '20121212-1212', '2012-12-12'],
    ['SE', `121212${FULLWIDTH_PLUS}1212`, '19121212-1212', '1912-12-12'],
    ['SE', '121212 + 1212', '19121212-1212', '1912-12-12'],
    ['NO', '151086 95088', '151086 95088', '1986-10-15'],
    ['NO', `151086${NBSP}95088`, '151086 95088', '1986-10-15'],
    ['NO', `151086${NARROW_NBSP}95088`, '151086 95088', '1986-10-15'],
    ['NO', `151086${THIN_SPACE}950${THIN_SPACE}88`, '151086 95088', '1986-10-15'],
    ['NO', `151086${EN_DASH}95088`, '151086 95088', '1986-10-15'],
    ['DK', '211062-5629', '211062-5629', '1862-10-21'],
    ['DK', `211062${EN_DASH}5629`, '211062-5629', '1862-10-21'],
    ['DK', `211062${NB_HYPHEN}5629`, '211062-5629', '1862-10-21'],
    ['DK', '211062 5629', '211062-5629', '1862-10-21'],
    // The Finnish century sign is the separator: a typographic dash is the 1900s' '-'.
    ['FI', `131052${EN_DASH}308T`, '131052-308T', '1952-10-13'],
    ['FI', `131052${MINUS}308t`, '131052-308T', '1952-10-13'],
    ['LV', `161175${EN_DASH}19997`, '161175-19997', '1975-11-16'],
    ['LV', `328673${NB_HYPHEN}00679`, '328673-00679', undefined],
    ['CZ', '710319/2745', '710319/2745', '1971-03-19'],
    ['CZ', '710319 / 2745', '710319/2745', '1971-03-19'],
    ['CZ', `710319${FRACTION_SLASH}2745`, '710319/2745', '1971-03-19'],
    ['SK', `710319${DIVISION_SLASH}2745`, '710319/2745', '1971-03-19'],
    ['SK', `710319${FULLWIDTH_SLASH}2745`, '710319/2745', '1971-03-19'],
    ['PL', '440 514 013 59', '44051401359', '1944-05-14'],
    ['PL', `44051401359${ZERO_WIDTH_SPACE}`, '44051401359', '1944-05-14'],
    ['EE', `376050${NBSP}30299`, '37605030299', '1976-05-03'],
    ['LT', '333 092 400 64', '33309240064', '1933-09-24'],
    ['RO', '1 630615 123457', '1630615123457', '1963-06-15'],
    ['BG', '752316 9263', '7523169263', '1875-03-16'],
  ])('%s: accepts %j as %s', (country, typed, display, dateOfBirth) => {
    const result = check(country, typed);
    expect(result).toMatchObject({ ok: true, display });
    expect(result.ok && result.dateOfBirth).toBe(dateOfBirth ?? undefined);
  });

  // [nationality, as typed, refusal, echoed as]
  it.each<[string, string, IdentityErrorCode, string]>([
    ['SE', '8112-289874', 'format', '8112-289874'], // a dash inside the date
    ['SE', '811228/9874', 'format', '811228/9874'],
    ['SE', '811228--9874', 'format', '811228--9874'],
    ['SE', '811228-+9874', 'format', '811228-+9874'],
    ['SE', '8112289874+', 'format', '8112289874+'],
    ['SE', `811228${EN_DASH}9875`, 'checksum', '811228-9875'],
    ['SE', `  811228${NBSP}${EN_DASH}${ZERO_WIDTH_SPACE}9875 `, 'checksum', '811228 -9875'],
    ['SE', `19811228${FULLWIDTH_PLUS}9874`, 'century', '19811228+9874'], // '+' is not moved or dropped
    ['NO', '151086/95088', 'format', '151086/95088'],
    ['NO', '1510-8695088', 'format', '1510-8695088'],
    ['DK', '211062/5629', 'format', '211062/5629'],
    ['DK', '2110-625629', 'format', '2110-625629'],
    ['FI', '131052/308T', 'format', '131052/308T'],
    ['LV', '161175/19997', 'format', '161175/19997'],
    ['CZ', '710319-2745', 'format', '710319-2745'],
    ['CZ', `710319${EN_DASH}2745`, 'format', '710319-2745'],
    ['SK', '7103/192745', 'format', '7103/192745'],
    ['SK', `710319${FRACTION_SLASH}2746`, 'checksum', '710319/2746'],
    ['PL', '440514-01359', 'format', '440514-01359'], // a PESEL is printed without separators
    ['EE', '376050-30299', 'format', '376050-30299'],
    ['RO', '1630615/123457', 'format', '1630615/123457'],
    ['BG', '752316-9263', 'format', '752316-9263'],
  ])('%s: refuses %j (%s) and echoes %j', (country, typed, code, echoed) => {
    const result = check(country, typed);
    expect(result).toMatchObject({ ok: false, code, params: { input: echoed } });
    if (result.ok) return;
    expect(t('en', `identity.${code}`, result.params)).toContain(echoed);
  });

  it('echoes nothing invisible: an input of only invisible characters is empty', () => {
    expect(check('SE', `${ZERO_WIDTH_SPACE}${NBSP}${WORD_JOINER}`)).toMatchObject({ ok: false, code: 'empty' });
  });
});
