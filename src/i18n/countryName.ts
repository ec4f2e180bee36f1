import { findCountry } from '../domain/countries';
import type { Locale } from './index';

/** A country's name in the user's language; an unknown code as it is. */
export function countryName(code: string | undefined, locale: Locale): string {
  const country = code ? findCountry(code) : undefined;
  return country ? (locale === 'sv' ? country.sv : country.en) : (code ?? '');
}
