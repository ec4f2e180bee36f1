import { describe, expect, it } from 'vitest';
import { checkCardType, checkDateOfBirth, checkEmail, checkMobile, checkName, checkYesNo } from './person';

describe('checkName', () => {
  it.each([
    ['  Anna ', 'Anna'],
    ['Åsa-Lena', 'Åsa-Lena'],
    ["O'Brien", "O'Brien"],
    ['Željko', 'Željko'],
    ['Grzegorz  Brzęczyszczykiewicz', 'Grzegorz Brzęczyszczykiewicz'],
    ['Дмитрий', 'Дмитрий'],
    ['Nguyễn', 'Nguyễn'],
    ['Nguye\u0302\u0303n', 'Nguyễn'],
    ['Ａｎｎａ　Ｂｅｒｇ', 'Anna Berg'],
    ['Ἀλέξανδρος', 'Ἀλέξανδρος'],
  ])('accepts %j as %j', (input, expected) => {
    expect(checkName(input)).toEqual({ ok: true, value: expected });
  });
  it.each([
    ['', 'name.empty'],
    ['   ', 'name.empty'],
    ['Anna2', 'name.digits'],
    ['A'.repeat(51), 'name.too_long'],
    ['Anna_Berg', 'name.characters'],
    ['-Anna', 'name.characters'],
    ['Anna!', 'name.characters'],
    ['A\u0301\u0302\u0303\u0304nna', 'name.marks'],
    ['Z\u0351\u0352\u0353\u0354\u0355\u0356algo', 'name.marks'],
    ['\u0410nna', 'name.mixed_scripts'],
    ['Ann\u03B1', 'name.mixed_scripts'],
    ['王小明', 'name.unprintable'],
    ['محمد', 'name.unprintable'],
    ['\u{1D400}nna', 'name.unprintable'],
    ['Anna\u200BBerg', 'name.characters'],
    ['Ａｎｎａ２', 'name.digits'],
  ])('refuses %j with %s', (input, code) => {
    expect(checkName(input)).toMatchObject({ ok: false, code });
  });
});

describe('checkEmail', () => {
  it.each([
    ['Anna.Berg@Example.COM', 'anna.berg@example.com'],
    [' mailto:eva+id06@bygg.se ', 'eva+id06@bygg.se'],
  ])('accepts %j', (input, expected) => expect(checkEmail(input)).toEqual({ ok: true, value: expected }));
  it.each(['anna', 'anna@', '@x.se', 'anna@x', 'an na@x.se', 'a..b@x.se', 'anna@x.s'])('refuses %j', (input) =>
    expect(checkEmail(input)).toMatchObject({ ok: false, code: 'email.syntax' }),
  );
});

describe('checkMobile', () => {
  it.each([
    ['070-123 45 67', '+46701234567'],
    ['0701234567', '+46701234567'],
    ['+46 70 123 45 67', '+46701234567'],
    ['0046701234567', '+46701234567'],
    ['+48 512 345 678', '+48512345678'],
    ['+47 412 34 567', '+4741234567'],
  ])('accepts %j as %s', (input, e164) => expect(checkMobile(input)).toEqual({ ok: true, value: e164 }));
  it.each([
    ['', 'mobile.empty'],
    ['12', 'mobile.invalid'],
    ['hello', 'mobile.invalid'],
    ['08-123 456 78', 'mobile.not_mobile'],
  ])('refuses %j with %s', (input, code) => expect(checkMobile(input)).toMatchObject({ ok: false, code }));

  it.each([
    ['512 345 678', 'PL', '+48 512 345 678', '+48512345678'],
    ['412 34 567', 'NO', '+47 41 23 45 67', '+4741234567'],
    ['040 123 4567', 'FI', '+358 40 1234567', '+358401234567'],
  ])('suggests the country code of the nationality for %j (%s), not "a landline"', (input, nationality, suggestion, e164) => {
    // Taken as Swedish it is a landline or no number at all.
    expect(checkMobile(input)).toMatchObject({ ok: false, code: expect.stringMatching(/^mobile\.(not_mobile|invalid)$/) });
    expect(checkMobile(input, nationality)).toEqual({
      ok: false,
      code: 'mobile.country_code',
      params: { input, suggestion, e164, country: nationality },
    });
    expect(checkMobile(e164, nationality)).toEqual({ ok: true, value: e164 });
  });

  it('keeps a Swedish mobile of a foreign cardholder, and a number given with its country code', () => {
    expect(checkMobile('070-123 45 67', 'PL')).toEqual({ ok: true, value: '+46701234567' });
    expect(checkMobile('+48 512 345 678', 'PL')).toEqual({ ok: true, value: '+48512345678' });
    expect(checkMobile('08-123 456 78', 'SE')).toMatchObject({ ok: false, code: 'mobile.not_mobile' });
    expect(checkMobile('08-123 456 78', 'XX')).toMatchObject({ ok: false, code: 'mobile.not_mobile' });
  });
});

describe('choices', () => {
  it.each([
    ['Standard', 'standard'],
    ['besökare', 'visitor'],
    ['VISITOR', 'visitor'],
  ])('card type %j', (i, v) => expect(checkCardType(i)).toEqual({ ok: true, value: v }));
  it('refuses an unknown card type', () => expect(checkCardType('gold')).toMatchObject({ ok: false, code: 'card_type.unknown' }));
  it.each([
    ['Yes', true],
    ['nej', false],
    ['ja', true],
    ['no.', false],
  ])('yes/no %j', (i, v) => expect(checkYesNo(i)).toEqual({ ok: true, value: v }));
  it('refuses maybe', () => expect(checkYesNo('maybe')).toMatchObject({ ok: false }));
});

describe('checkDateOfBirth', () => {
  const today = new Date('2026-11-25T12:00:00Z');
  it.each([
    ['1990-01-31', '1990-01-31'],
    ['19900131', '1990-01-31'],
    ['1990/01/31', '1990-01-31'],
  ])('accepts %j', (i, v) => expect(checkDateOfBirth(i, today)).toEqual({ ok: true, value: v }));
  it.each([
    ['31.01.1990', 'dob.format'],
    ['1990-02-30', 'dob.not_a_date'],
    ['2027-01-01', 'dob.future'],
    ['1890-01-01', 'dob.too_old'],
  ])('refuses %j with %s', (i, code) => expect(checkDateOfBirth(i, today)).toMatchObject({ ok: false, code }));
});
