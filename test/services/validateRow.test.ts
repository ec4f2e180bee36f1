import { describe, expect, it } from 'vitest';
import { validateRow } from '../../src/services/import/validateRow';
import type { RawRow } from '../../src/import';

const today = new Date('2026-11-25T12:00:00Z');
const good = {
  first_name: 'Anna',
  last_name: 'Berg',
  nationality: 'Sverige (SE)',
  national_identity_number: '199001011239',
  email: 'Anna@Example.com',
  mobile: '0701234567',
  card_type: 'Standard',
  bankid: 'yes',
};
const row = (values: Record<string, string>, rowNumber = 2): RawRow => ({ rowNumber, values });

describe("validateRow (import rows through the dialog's domain checks)", () => {
  it('turns a good row into a cardholder with normalised values', () => {
    const result = validateRow(row(good), 'en', today);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        firstName: 'Anna',
        nationality: 'SE',
        identityScheme: 'se-personnummer',
        identityNumber: '199001011239',
        dateOfBirth: '1990-01-01',
        email: 'anna@example.com',
        mobile: '+46701234567',
        cardType: 'standard',
        hasBankId: true,
      }),
    });
  });

  it('defaults card type to standard and BankID to no (manual ID verification)', () => {
    const { card_type: _c, bankid: _b, ...rest } = good;
    const result = validateRow(row(rest), 'en', today);
    expect(result.ok && result.value).toMatchObject({ cardType: 'standard', hasBankId: false });
  });

  it.each<[string, Record<string, string>, string, RegExp]>([
    ['a missing first name', { first_name: '' }, 'first_name', /first_name is empty/],
    ['digits in a name', { last_name: 'B3rg' }, 'last_name', /cannot contain digits/],
    ['an unknown nationality', { nationality: 'Atlantis' }, 'nationality', /not a country/],
    ['a bad check digit', { national_identity_number: '199001011235' }, 'national_identity_number', /check digit/],
    ['a PESEL for a Swede', { national_identity_number: '44051401359' }, 'national_identity_number', /PESEL/],
    ['a typed date of birth that contradicts the number', { date_of_birth: '1990-01-02' }, 'date_of_birth', /1990-01-01/],
    [
      'a passport number without date of birth',
      { nationality: 'CA', national_identity_number: 'AB123456' },
      'date_of_birth',
      /date of birth/,
    ],
    ['a bad e-mail', { email: 'anna at example' }, 'email', /not an e-mail address/],
    ['a landline', { mobile: '08-123 456 78' }, 'mobile', /landline/],
    [
      'a Polish mobile without +48',
      { nationality: 'Polen', national_identity_number: '44051401359', mobile: '512 345 678' },
      'mobile',
      /^"512 345 678" is not a Swedish mobile number\. If it is a mobile in Poland, write it with the country code: \+48 512 345 678\.$/,
    ],
    ['an unknown card type', { card_type: 'Gold' }, 'card_type', /not a card type/],
    ['a bad yes/no', { bankid: 'maybe' }, 'bankid', /yes or no/],
  ])('names the row and column for %s', (_name, change, column, message) => {
    const result = validateRow(row({ ...good, ...change }, 7), 'en', today);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toContainEqual(expect.objectContaining({ rowNumber: 7, column, message: expect.stringMatching(message) }));
  });

  it('reports every problem of a row, not only the first', () => {
    const result = validateRow(row({ ...good, first_name: '1', email: 'x', mobile: 'y' }), 'en', today);
    expect(result.ok ? [] : result.problems.map((p) => p.column)).toEqual(['first_name', 'email', 'mobile']);
  });

  it('speaks Swedish', () => {
    const result = validateRow(row({ ...good, email: 'x' }), 'sv', today);
    expect(result.ok ? '' : result.problems[0]!.message).toMatch(/är ingen e-postadress/);
  });
});

describe('a foreign mobile in a sheet (sv)', () => {
  it('names the country code in Swedish', () => {
    const result = validateRow(
      row({ ...good, nationality: 'PL', national_identity_number: '44051401359', mobile: '512345678' }),
      'sv',
      today,
    );
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      '"512345678" är inget svenskt mobilnummer. Om det är en mobil i Polen, skriv det med landsnummer: +48 512 345 678.',
    ]);
  });
});
