import { COUNTRY_ALIASES } from './country-aliases';
import { COUNTRY_ROWS } from './countries-data';
import { editDistance, foldText } from './text-match';

export interface Country {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  alpha3: string;
  en: string;
  sv: string;
  euEea: boolean;
}

/** EU member states plus the EEA's Iceland, Liechtenstein and Norway (not Switzerland). */
const EU_EEA = new Set('AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '));

export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.map(([code, alpha3, en, sv]) => ({
  code,
  alpha3,
  en,
  sv,
  euEea: EU_EEA.has(code),
}));

const byCode = new Map<string, Country>();
for (const country of COUNTRIES) {
  byCode.set(country.code, country);
  byCode.set(country.alpha3, country);
}

/** By alpha-2 or alpha-3, case-insensitive. */
export function findCountry(code: string): Country | undefined {
  return byCode.get(code.trim().toUpperCase());
}

export type CountryMatch = { kind: 'exact'; country: Country } | { kind: 'suggestion'; suggestions: Country[] } | { kind: 'none' };

interface NamedCountry {
  name: string;
  country: Country;
}

/** Every folded name, code and alias that is an exact answer. */
const exactIndex = new Map<string, Country>();
/** Names and aliases (not codes) to search for near misses. */
const searchNames: NamedCountry[] = [];

function addName(country: Country, text: string, searchable: boolean): void {
  const name = foldText(text);
  if (!name) return;
  exactIndex.set(name, country);
  if (searchable) searchNames.push({ name, country });
}

for (const [code, alpha3, en, sv, ...extra] of COUNTRY_ROWS) {
  const country = byCode.get(code)!;
  addName(country, code, false);
  addName(country, alpha3, false);
  for (const name of [en, sv, ...extra]) addName(country, name, true);
}
for (const [code, aliases] of Object.entries(COUNTRY_ALIASES)) {
  const country = byCode.get(code)!;
  for (const alias of aliases) addName(country, alias, alias.length > 3);
}

const MAX_SUGGESTIONS = 3;

/** How far a typo may be from a name, growing with the length of what was typed. */
function typoAllowance(length: number): number {
  if (length <= 4) return 1;
  return length <= 8 ? 2 : 3;
}

/** Lower is closer; undefined when the name is no plausible reading of the query. */
function closeness(query: string, name: string): number | undefined {
  if (query.length >= 2 && name.startsWith(query)) return 0.1;
  const allowance = typoAllowance(query.length);
  const distance = editDistance(query, name, allowance);
  if (distance <= allowance) return distance;
  if (query.length >= 3 && name.split(' ').some((word) => word.startsWith(query))) return 1.5;
  return undefined;
}

/**
 * The nationality the user typed. Exact only for a name, code or alias as written (ignoring
 * case, diacritics and punctuation); a near miss is offered as suggestions, never taken.
 */
export function matchCountry(input: string): CountryMatch {
  const query = foldText(input).replace(/^the /, '');
  if (!query) return { kind: 'none' };
  const exact = exactIndex.get(query);
  if (exact) return { kind: 'exact', country: exact };

  const best = new Map<Country, { score: number; name: string }>();
  for (const { name, country } of searchNames) {
    const score = closeness(query, name);
    if (score === undefined) continue;
    const seen = best.get(country);
    if (!seen || score < seen.score) best.set(country, { score, name });
  }
  if (best.size === 0) return { kind: 'none' };
  const suggestions = [...best.entries()]
    .sort(([, a], [, b]) => a.score - b.score || a.name.length - b.name.length || a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS)
    .map(([country]) => country);
  return { kind: 'suggestion', suggestions };
}
