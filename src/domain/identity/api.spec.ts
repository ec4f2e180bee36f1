import { describe, expect, it } from 'vitest';
import {
  checkIdentityNumber,
  checkSwedishCoordinationNumber,
  IDENTITY_ERROR_CODES,
  identityFormatParams,
  identityMessageKey,
  maskIdentity,
  numberCarriesDateOfBirth,
  type IdentityResult,
} from './index';
import { t } from '../../i18n';
import { TODAY } from './spec/cases';

const check = (country: string, input: string, dateOfBirth?: string): IdentityResult =>
  checkIdentityNumber(country, input, { today: TODAY, dateOfBirth });

describe('nationality mismatch', () => {
  it.each([
    ['SE', '44051401359', 'pl-pesel', 'Polish PESEL'],
    ['SE', '1800101221144', 'ro-cnp', 'Romanian personal numeric code (CNP)'],
    ['SE', '37605030299', 'ee-isikukood', 'Estonian or Lithuanian personal code'],
    ['PL', '701063-2391', 'se-samordningsnummer', 'Swedish samordningsnummer (coordination number)'],
    ['PL', '710319/2745', 'cz-rodne-cislo', 'Czech or Slovak birth number (rodné číslo)'],
    ['DE', '198112289874', 'se-personnummer', 'Swedish personnummer'],
    ['DE', '44051401359', 'pl-pesel', 'Polish PESEL'],
    ['NO', '131052-308T', 'fi-hetu', 'Finnish personal identity code (henkilötunnus)'],
    ['LT', '161175-19997', 'lv-personas-kods', 'Latvian personal code (personas kods)'],
    ['BG', '811228-9874', 'se-personnummer', 'Swedish personnummer'],
    // Latvia's own shape, wrong inside, but Norway's two check digits hold: named anyway.
    ['LV', '151086-95088', 'no-fodselsnummer', 'Norwegian fødselsnummer'],
  ])('%s with %s: looks like %s', (country, input, looksLikeScheme, looksLike) => {
    const result = check(country, input);
    expect(result).toMatchObject({ ok: false, code: 'mismatch', params: { input, looksLikeScheme, looksLike } });
  });

  it('names both languages and the form the nationality expects', () => {
    const result = check('SE', '44051401359');
    if (result.ok) throw new Error('expected a refusal');
    expect(t('en', identityMessageKey(result.code), result.params)).toBe(
      '44051401359 fits the Polish PESEL format, but the nationality is Sweden, which expects YYYYMMDD-NNNN or YYMMDD-NNNN, for example 19811228-9874. The number must match the nationality: correct one of them.',
    );
    expect(t('sv', identityMessageKey(result.code), result.params)).toContain('polskt PESEL-nummer, men nationaliteten är Sverige');
  });

  it.each([
    // Has Sweden's shape; a mistyped check digit, although BG and CZ checks pass by chance.
    ['SE', '8001011030', 'checksum'],
    // Shapeless for everyone: plain format refusal.
    ['SE', '12345', 'format'],
    // Danish CPR has no check digit, so it is never named as a look-alike.
    ['SE', '0101901234', 'checksum'],
    // 9-digit rodné číslo has no check digit: a document number for Germany, not a mismatch.
    ['DE', '520101123', undefined],
  ])('%s with %s: no false accusation', (country, input, code) => {
    const result = check(country, input, '1952-01-01');
    expect(result.ok ? undefined : result.code).toBe(code);
  });
});

describe('date of birth', () => {
  it('cross-checks a typed date against the number', () => {
    expect(check('SE', '811228-9874', '1981-12-28')).toMatchObject({ ok: true, dateOfBirth: '1981-12-28' });
    expect(check('SE', '811228-9874', '19811228')).toMatchObject({ ok: true, dateOfBirth: '1981-12-28' });
    expect(check('SE', '811228-9874', '1981-12-29')).toMatchObject({
      ok: false,
      code: 'dob_mismatch',
      params: { input: '811228-9874', numberDateOfBirth: '1981-12-28', dateOfBirth: '1981-12-29' },
    });
    expect(check('PL', '44051401359', '1944-05-15')).toMatchObject({ ok: false, code: 'dob_mismatch' });
  });

  it('requires a date with a document number and checks it', () => {
    expect(check('DE', 'c01x00t47')).toMatchObject({ ok: false, code: 'dob_required', params: { input: 'c01x00t47' } });
    expect(check('DE', 'c01x00t47', '  ')).toMatchObject({ ok: false, code: 'dob_required' });
    expect(check('DE', 'c01x00t47', '1990-02-30')).toMatchObject({ ok: false, code: 'dob_invalid', params: { dateOfBirth: '1990-02-30' } });
    expect(check('DE', 'c01x00t47', '01/02/1990')).toMatchObject({ ok: false, code: 'dob_invalid' });
    expect(check('DE', 'c01x00t47', '1899-12-31')).toMatchObject({ ok: false, code: 'dob_invalid' });
    expect(check('DE', 'c01x00t47', '2026-03-02')).toMatchObject({ ok: false, code: 'dob_future' });
    expect(check('DE', 'c01x00t47', '2026-03-01')).toMatchObject({ ok: true, dateOfBirth: '2026-03-01' });
  });

  it('takes the typed date for numbers without one, and does not demand it', () => {
    expect(check('LV', '328673-00679', '1990-01-31')).toMatchObject({ ok: true, carriesDateOfBirth: false, dateOfBirth: '1990-01-31' });
    const withoutDate = check('LV', '328673-00679');
    expect(withoutDate).toMatchObject({ ok: true, carriesDateOfBirth: false });
    expect(withoutDate.ok && withoutDate.dateOfBirth).toBeUndefined();
  });

  it('says which nationalities carry the date in the number', () => {
    for (const code of ['SE', 'NO', 'DK', 'FI', 'PL', 'EE', 'LT', 'LV', 'CZ', 'SK', 'RO', 'BG', 'swe', 'pol']) {
      expect(numberCarriesDateOfBirth(code)).toBe(true);
    }
    for (const code of ['DE', 'GB', 'UA', 'IS', 'XX', '']) expect(numberCarriesDateOfBirth(code)).toBe(false);
  });
});

describe('document numbers (other nationalities)', () => {
  it.each([
    ['C01X00T47', 'C01X00T47', 'C0*******'],
    ['c01x00t47', 'C01X00T47', 'C0*******'],
    ['AB 12-34 56', 'AB123456', 'AB******'],
    ['123456', '123456', '12****'],
  ])('accepts %s', (input, normalized, masked) => {
    expect(check('DE', input, '1990-01-31')).toEqual({
      ok: true,
      country: 'DE',
      scheme: 'document-number',
      normalized,
      display: normalized,
      masked,
      carriesDateOfBirth: false,
      dateOfBirth: '1990-01-31',
    });
  });

  it.each(['12345', '1234567890', 'ABCDEFG', 'AB12345É', 'AB.12345', ''])('refuses %j', (input) => {
    const result = check('GB', input, '1990-01-31');
    expect(result).toMatchObject({
      ok: false,
      code: input ? 'format' : 'empty',
      params: { input, scheme: 'passport or national ID card number' },
    });
  });
});

describe('countries', () => {
  it('accepts alpha-3 and any case', () => {
    expect(check('swe', '811228-9874')).toMatchObject({ ok: true, country: 'SE' });
    expect(check('pl', '44051401359')).toMatchObject({ ok: true, country: 'PL' });
  });
  it('refuses an unknown nationality', () => {
    expect(check('XY', '811228-9874')).toMatchObject({ ok: false, code: 'country', params: { country: 'XY', input: '811228-9874' } });
  });
  it('gives prompt params per nationality', () => {
    expect(identityFormatParams('PL')).toMatchObject({ scheme: 'Polish PESEL', schemeSv: 'polskt PESEL-nummer' });
    expect(identityFormatParams('DE')).toMatchObject({ scheme: 'passport or national ID card number' });
  });
});

describe('maskIdentity', () => {
  it.each([
    ['198112289874', 'se-personnummer', '19811228-****'],
    ['197010632391', 'se-samordningsnummer', '19701063-****'],
    ['15108695088', 'no-fodselsnummer', '151086 *****'],
    ['2110625629', 'dk-cpr', '211062-****'],
    ['131052-308T', 'fi-hetu', '131052-****'],
    ['44051401359', 'pl-pesel', '440514*****'],
    ['37605030299', 'ee-isikukood', '3760503****'],
    ['90000000018', 'lt-asmens-kodas', '9**********'],
    ['32867300679', 'lv-personas-kods', '32****-*****'],
    ['39867300679', 'lv-personas-kods', '39****-*****'],
    ['31127519996', 'lv-personas-kods', '311275-*****'],
    ['7103192745', 'sk-rodne-cislo', '710319/****'],
    ['1800101221144', 'ro-cnp', '1800101******'],
    ['7523169263', 'bg-egn', '752316****'],
    ['C01X00T47', 'document-number', 'C0*******'],
  ] as const)('%s (%s) -> %s', (normalized, scheme, masked) => {
    expect(maskIdentity(normalized, scheme)).toBe(masked);
    expect(maskIdentity(normalized, scheme)).not.toContain(normalized.slice(-3));
  });
});

describe('messages', () => {
  it.each(IDENTITY_ERROR_CODES)('identity.%s exists in English and Swedish', (code) => {
    const key = identityMessageKey(code);
    expect(key).toBe(`identity.${code}`);
    expect(t('en', key)).not.toBe(key);
    expect(t('sv', key)).not.toBe(t('en', key));
  });

  const refusals: Array<[string, string, string?]> = [
    ['SE', ''],
    ['SE', '811228-987'],
    ['SE', '811328-9873'],
    ['SE', '811228-9875'],
    ['SE', '17900101-1239'],
    ['SE', '19900101-T123'],
    ['SE', '20300101-1232'],
    ['SE', '44051401359'],
    ['SE', '811228-9874', '1981-12-29'],
    ['DE', 'C01X00T47'],
    ['DE', 'C01X00T47', '1990-02-30'],
    ['DE', 'C01X00T47', '2030-01-01'],
    ['XY', '1'],
    ['SE-coordination', '811228-9874'],
    ['SE-coordination', '7010632'],
  ];
  it.each(refusals)('%s %j renders without a leftover placeholder', (country, input, dateOfBirth) => {
    const result = country === 'SE-coordination' ? checkSwedishCoordinationNumber(input) : check(country, input, dateOfBirth);
    if (result.ok) throw new Error('expected a refusal');
    for (const locale of ['en', 'sv'] as const) {
      expect(t(locale, identityMessageKey(result.code), result.params)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('displayIdentity', () => {
  it.each([
    ['SE', '199001011239', undefined, '19900101-1239'],
    ['PL', '44051401359', undefined, '44051401359'],
    ['SE', '199001011235', undefined, '199001011235'],
  ])('%s %s shows as %s', async (country, stored, dob, shown) => {
    const { displayIdentity } = await import('./index');
    expect(displayIdentity(country, stored, dob)).toBe(shown);
  });
});
