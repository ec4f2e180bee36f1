import { describe, expect, it } from 'vitest';
import { checkIdentityNumber, checkSwedishCoordinationNumber } from '../../src/domain/identity';
import { refusedCases, TODAY, validCases } from './identity-cases';

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

  refusedCases('SE', [
    ['811228-9875', 'checksum'],
    ['811228-9884', 'checksum'],
    ['19811228-9873', 'checksum'],
    ['811328-9873', 'date'], // month 13, Luhn-valid (computed)
    ['810230-1234', 'date'], // 30 February, Luhn-valid (computed)
    ['701093-2391', 'date'], // samordningsnummer day 33
    ['20300101-1232', 'future'], // Luhn-valid (computed)
    ['260601-1233', 'future'], // this year, later than today
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
