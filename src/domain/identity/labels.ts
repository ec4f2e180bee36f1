import { t, type MessageKey } from '../../i18n';
import type { Country } from '../countries';
import type { IdentityParams, IdentityScheme } from './types';

/** A scheme, or a pair of countries that share one scheme and cannot be told apart. */
export type SchemeLabel = IdentityScheme | 'ee-or-lt' | 'cz-or-sk';
/** The catalogue's `identity.expected.*` suffix: a country code, 'SE-coordination' or 'other'. */
export type ExpectedForm = 'SE' | 'SE-coordination' | 'NO' | 'DK' | 'FI' | 'PL' | 'EE' | 'LT' | 'LV' | 'CZ' | 'SK' | 'RO' | 'BG' | 'other';

/** `{name}` in English and `{name}Sv` in Swedish, so a template in either language can use it. */
function bilingual(name: string, key: MessageKey): IdentityParams {
  return { [name]: t('en', key), [`${name}Sv`]: t('sv', key) };
}

export const schemeParams = (label: SchemeLabel, name = 'scheme'): IdentityParams => bilingual(name, `identity.scheme.${label}`);

export const expectedParams = (form: ExpectedForm): IdentityParams => bilingual('expected', `identity.expected.${form}`);

export const nationalityParams = (country: Country): IdentityParams => ({
  nationality: country.en,
  nationalitySv: country.sv,
});
