import { describe, expect, it } from 'vitest';
import { COUNTRIES, findCountry, matchCountry, type CountryMatch } from './countries';

const exactCode = (match: CountryMatch): string | undefined => (match.kind === 'exact' ? match.country.code : undefined);
const suggested = (match: CountryMatch): string[] => (match.kind === 'suggestion' ? match.suggestions.map((c) => c.code) : []);

describe('COUNTRIES', () => {
  it('holds every ISO 3166-1 country once, plus Kosovo', () => {
    expect(COUNTRIES).toHaveLength(250);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c.alpha3)).size).toBe(COUNTRIES.length);
    for (const country of COUNTRIES) {
      expect(country.code).toMatch(/^[A-Z]{2}$/);
      expect(country.alpha3).toMatch(/^[A-Z]{3}$/);
      expect(country.en.length).toBeGreaterThan(2);
      expect(country.sv.length).toBeGreaterThan(2);
    }
  });

  it('marks the EU and the EEA, not Switzerland', () => {
    const euEea = COUNTRIES.filter((c) => c.euEea).map((c) => c.code);
    expect(euEea).toHaveLength(30);
    expect(euEea).toEqual(expect.arrayContaining(['SE', 'PL', 'NO', 'IS', 'LI', 'HR', 'CY']));
    expect(euEea).not.toEqual(expect.arrayContaining(['CH']));
    expect(findCountry('GB')?.euEea).toBe(false);
  });

  it('has English and Swedish names', () => {
    expect(findCountry('SE')).toEqual({ code: 'SE', alpha3: 'SWE', en: 'Sweden', sv: 'Sverige', euEea: true });
    expect(findCountry('PL')).toMatchObject({ en: 'Poland', sv: 'Polen' });
    expect(findCountry('CZ')).toMatchObject({ en: 'Czechia', sv: 'Tjeckien' });
    expect(findCountry('DE')).toMatchObject({ en: 'Germany', sv: 'Tyskland' });
  });
});

describe('findCountry', () => {
  it.each([
    ['SE', 'SE'],
    ['se', 'SE'],
    ['SWE', 'SE'],
    ['swe', 'SE'],
    [' pol ', 'PL'],
    ['XK', 'XK'],
    ['XKX', 'XK'],
  ])('%j -> %s', (code, expected) => expect(findCountry(code)?.code).toBe(expected));
  it.each(['', 'S', 'XX', 'Sweden', 'SWED'])('%j -> undefined', (code) => expect(findCountry(code)).toBeUndefined());
});

describe('matchCountry', () => {
  it.each([
    ['Sweden', 'SE'],
    ['sverige', 'SE'],
    ['  SVERIGE  ', 'SE'],
    ['SE', 'SE'],
    ['swe', 'SE'],
    ['Polen', 'PL'],
    ['Poland', 'PL'],
    ['POL', 'PL'],
    ['UK', 'GB'],
    ['Great Britain', 'GB'],
    ['Storbritannien', 'GB'],
    ['england', 'GB'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['Holland', 'NL'],
    ['Nederländerna', 'NL'],
    ['Czechia', 'CZ'],
    ['Czech Republic', 'CZ'],
    ['Tjeckien', 'CZ'],
    ['Österrike', 'AT'],
    ['osterrike', 'AT'],
    ['Tyskland', 'DE'],
    ['Litauen', 'LT'],
    ['Lettland', 'LV'],
    ['Estland', 'EE'],
    ['Rumänien', 'RO'],
    ['Ukraina', 'UA'],
    ['Island', 'IS'],
    ['Irland', 'IE'],
    ["Cote d'Ivoire", 'CI'],
    ['Côte d’Ivoire', 'CI'],
    ['Ivory Coast', 'CI'],
    ['Turkey', 'TR'],
    ['Türkiye', 'TR'],
    ['Russian Federation', 'RU'],
    ['Viet Nam', 'VN'],
    ['Kosovo', 'XK'],
    ['the Netherlands', 'NL'],
    ['Polish', 'PL'],
    ['svensk', 'SE'],
    ['Åland', 'AX'],
    ['Bosnia & Herzegovina', 'BA'],
  ])('%j is exactly %s', (input, code) => {
    expect(exactCode(matchCountry(input))).toBe(code);
  });

  it.each([
    ['Finnland', 'FI'],
    ['Swden', 'SE'],
    ['Sewden', 'SE'],
    ['Polland', 'PL'],
    ['Lituania', 'LT'],
    ['Sverge', 'SE'],
    ['Norwey', 'NO'],
    ['Germny', 'DE'],
    ['Rumania', 'RO'],
    ['Tjeckein', 'CZ'],
    ['Swe den', 'SE'],
    ['Lith', 'LT'],
    ['Ukrain', 'UA'],
  ])('%j suggests %s first, never exactly', (input, code) => {
    const match = matchCountry(input);
    expect(match.kind).toBe('suggestion');
    expect(suggested(match)[0]).toBe(code);
  });

  it('suggests at most three, best first', () => {
    const match = matchCountry('Korea');
    expect(suggested(match).sort()).toEqual(['KP', 'KR']);
    expect(suggested(matchCountry('sw')).length).toBeLessThanOrEqual(3);
    expect(suggested(matchCountry('a')).length).toBeLessThanOrEqual(3);
  });

  it.each(['', '   ', 'xyzzy', '12345', 'Atlantis', '?'])('%j matches nothing', (input) => {
    expect(matchCountry(input)).toEqual({ kind: 'none' });
  });
});
