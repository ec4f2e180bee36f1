import { describe, expect, it } from 'vitest';
import { checkIdentityNumber, checkSwedishCoordinationNumber } from './index';
import { refusedCases, TODAY, validCases } from './spec/cases';

// 811228-9874: a Skatteverket test personnummer (birth numbers 98x-99x); 701063-2391: the
// samordningsnummer example in SKV M 2010:3; 121212-1212: Luhn-valid, common sample. Numbers
// marked "computed" got their check digit from an independent Luhn in the test notes.
describe('Swedish personnummer and samordningsnummer', () => {
  validCases('SE', [
    ['811228-9874', 'se-personnummer', '198112289874', '19811228-9874', '19811228-****', '1981-12-28'],
    ['8112289874', 'se-personnummer', '198112289874', '19811228-9874', '19811228-****', '1981-12-28'],
    ['198112289874', 'se-personnummer', '198112289874', '19811228-9874', '19811228-****', '1981-12-28'],
    ['19811228-9874', 'se-personnummer', '198112289874', '19811228-9874', '19811228-****', '1981-12-28'],
    ['  19811228 9874 ', 'se-personnummer', '198112289874', '19811228-9874', '19811228-****', '1981-12-28'],
    ['640823-3234', 'se-personnummer', '196408233234', '19640823-3234', '19640823-****', '1964-08-23'],
    // '-' under 100 years old: 2012; '+' (turned 100): 1912.
    ['121212-1212', 'se-personnummer', '201212121212', '20121212-1212', '20121212-****', '2012-12-12'],
    ['121212+1212', 'se-personnummer', '191212121212', '19121212-1212', '19121212-****', '1912-12-12'],
    ['191212121212', 'se-personnummer', '191212121212', '19121212-1212', '19121212-****', '1912-12-12'],
    ['701063-2391', 'se-samordningsnummer', '197010632391', '19701063-2391', '19701063-****', '1970-10-03'],
    ['197010632391', 'se-samordningsnummer', '197010632391', '19701063-2391', '19701063-****', '1970-10-03'],
  ]);

  // Today is 2026-03-01. '-' is read by full dates: the latest date with these digits that is not
  // after today. A 99-year-old whose birthday is later this year was born in 1926, not later this year.
  validCases('SE', [
    ['260601-1233', 'se-personnummer', '192606011233', '19260601-1233', '19260601-****', '1926-06-01'], // 99, birthday in June
    ['2606011233', 'se-personnummer', '192606011233', '19260601-1233', '19260601-****', '1926-06-01'], // no sign reads as '-'
    ['260302-1235', 'se-personnummer', '192603021235', '19260302-1235', '19260302-****', '1926-03-02'], // birthday tomorrow
    ['260301-1236', 'se-personnummer', '202603011236', '20260301-1236', '20260301-****', '2026-03-01'], // born today
    ['250601-1234', 'se-personnummer', '202506011234', '20250601-1234', '20250601-****', '2025-06-01'], // last year
    ['260661-1230', 'se-samordningsnummer', '192606611230', '19260661-1230', '19260661-****', '1926-06-01'], // day + 60
    // '+' from the year the holder turns 100 (folkbokföringslagen 18 §): this year's 100-year-olds too.
    ['260601+1233', 'se-personnummer', '192606011233', '19260601-1233', '19260601-****', '1926-06-01'],
    ['19260601+1233', 'se-personnummer', '192606011233', '19260601-1233', '19260601-****', '1926-06-01'],
    ['270601+1232', 'se-personnummer', '182706011232', '18270601-1232', '18270601-****', '1827-06-01'], // turns 100 next year
  ]);

  refusedCases('SE', [
    ['811228-9875', 'checksum'],
    ['811228-9884', 'checksum'],
    ['19811228-9873', 'checksum'],
    ['811328-9873', 'date'], // month 13, Luhn-valid (computed)
    ['810230-1234', 'date'], // 30 February, Luhn-valid (computed)
    ['701093-2391', 'date'], // samordningsnummer day 33
    ['20300101-1232', 'future'], // Luhn-valid (computed)
    ['20260601-1233', 'future'], // the 12-digit form says which century: later this year
    ['20260302-1235', 'future'], // tomorrow
    ['19270601+1232', 'century'], // '+' but turns 99 this year
    ['17900101-1239', 'century'],
    ['19811228+9874', 'century'], // '+' but only 44 years old
    ['19900101-T123', 'interim'],
    ['900101T123', 'interim'],
    ['811228-0006', 'format'], // birth number 000
    ['811228-987', 'format'],
    ['81122898745', 'format'],
    ['1981-12-28', 'format'],
    ['811228/9874', 'format'],
    ['', 'empty'],
    ['   ', 'empty'],
  ]);

  it('names the expected forms in a format refusal, in both languages', () => {
    const result = checkIdentityNumber('SE', '811228-987', { today: TODAY });
    expect(result).toMatchObject({
      ok: false,
      code: 'format',
      params: { scheme: 'Swedish personnummer', schemeSv: 'svenskt personnummer', nationality: 'Sweden' },
    });
    expect(!result.ok && String(result.params.expected)).toContain('YYYYMMDD-NNNN or YYMMDD-NNNN');
  });

  it('says when an extra digit makes a valid PESEL, and names the Swedish form to fix it', () => {
    const result = checkIdentityNumber('SE', '81122898744', { today: TODAY });
    expect(result).toMatchObject({ ok: false, code: 'mismatch', params: { looksLikeScheme: 'pl-pesel' } });
    expect(!result.ok && String(result.params.expected)).toContain('YYYYMMDD-NNNN');
  });

  it('infers the century from today for 10-digit forms', () => {
    const before = checkIdentityNumber('SE', '121212-1212', { today: new Date('2011-06-01T12:00:00Z') });
    expect(before.ok && before.dateOfBirth).toBe('1912-12-12');
  });

  it.each([
    ['2026-05-31T23:59:59Z', '1926-06-01'], // the day before the birthday: 99
    ['2026-06-01T00:00:00Z', '2026-06-01'], // on the day: a newborn (the 100-year-old is written with '+')
  ])('compares full dates, not years (today %s)', (today, dateOfBirth) => {
    const result = checkIdentityNumber('SE', '260601-1233', { today: new Date(today) });
    expect(result.ok && result.dateOfBirth).toBe(dateOfBirth);
  });

  it('uses the current date when no today is given', () => {
    const result = checkIdentityNumber('SE', '811228-9874');
    expect(result.ok && result.dateOfBirth).toBe('1981-12-28');
  });
});

describe('checkSwedishCoordinationNumber', () => {
  it('accepts a samordningsnummer', () => {
    expect(checkSwedishCoordinationNumber('701063-2391', { today: TODAY })).toMatchObject({
      ok: true,
      country: 'SE',
      scheme: 'se-samordningsnummer',
      normalized: '197010632391',
      dateOfBirth: '1970-10-03',
    });
  });

  it.each([
    ['811228-9874', 'not_coordination'],
    ['701063-2392', 'checksum'],
    ['701093-2391', 'date'],
    ['7010632', 'format'],
    ['', 'empty'],
  ])('refuses %s (%s)', (input, code) => {
    const result = checkSwedishCoordinationNumber(input, { today: TODAY });
    expect(result).toMatchObject({ ok: false, code, params: { input, scheme: 'Swedish samordningsnummer (coordination number)' } });
  });
});
