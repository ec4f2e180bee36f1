import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { foldFullwidth, hasMarkStack, nameScriptProblem } from './nameText';

/**
 * Field rules for a cardholder, shared by the chat dialog and the bulk import. Each check returns
 * the normalised value or a reason code that the message catalogue turns into text.
 */
export type FieldCheck<T> = { ok: true; value: T } | { ok: false; code: string; params: Record<string, string | number> };

const ok = <T>(value: T): FieldCheck<T> => ({ ok: true, value });
const fail = (code: string, input: string, extra: Record<string, string | number> = {}): FieldCheck<never> => ({
  ok: false,
  code,
  params: { input, ...extra },
});

export const NAME_MAX = 50;
// Letters of any alphabet with their combining marks, separated by single spaces, hyphens or apostrophes.
const NAME_PATTERN = /^\p{L}[\p{L}\p{M}]*(?:[ \-'’][\p{L}\p{M}]+)*\.?$/u;

/** Both ways in (the dialog and the import) normalise and check a name here. */
export function checkName(raw: string): FieldCheck<string> {
  const value = foldFullwidth(raw).normalize('NFC').trim().replace(/\s+/g, ' ');
  if (value === '') return fail('name.empty', value);
  if (/\p{N}/u.test(value)) return fail('name.digits', value);
  if ([...value].length > NAME_MAX) return fail('name.too_long', value, { max: NAME_MAX });
  if (hasMarkStack(value)) return fail('name.marks', value);
  if (!NAME_PATTERN.test(value)) return fail('name.characters', value);
  const script = nameScriptProblem(value);
  if (script === 'unprintable') return fail('name.unprintable', value);
  if (script === 'mixed') return fail('name.mixed_scripts', value);
  return ok(value);
}

// Practical address syntax: one @, a dotted domain with a 2+ letter TLD, no spaces.
const EMAIL_PATTERN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,}$/;

export function checkEmail(raw: string): FieldCheck<string> {
  const value = raw
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  if (value === '') return fail('email.empty', value);
  if (value.length > 254 || !EMAIL_PATTERN.test(value) || value.includes('..') || value.split('@')[0]!.length > 64) {
    return fail('email.syntax', value);
  }
  return ok(value);
}

const MOBILE_TYPES = [undefined, 'MOBILE', 'FIXED_LINE_OR_MOBILE', 'PERSONAL_NUMBER'];
const isMobile = (phone: PhoneNumber | undefined): boolean => !!phone && phone.isValid() && MOBILE_TYPES.includes(phone.getType());

/**
 * Any common form; numbers without a country code are taken as Swedish. Stored as E.164.
 * A number without a country code that is no Swedish mobile but is one in the cardholder's
 * country (`nationality`, ISO code) is refused with that country's code suggested: a Polish
 * 512 345 678 is "+48 512 345 678?", not "a landline".
 */
export function checkMobile(raw: string, nationality?: string): FieldCheck<string> {
  const value = raw.trim();
  if (value === '') return fail('mobile.empty', value);
  const compact = value.replace(/^00/, '+');
  const phone = parsePhoneNumberFromString(compact, 'SE');
  if (phone && isMobile(phone)) return ok(phone.number);
  const home = nationality?.toUpperCase();
  if (!compact.startsWith('+') && home && home !== 'SE' && isSupportedCountry(home)) {
    const abroad = parsePhoneNumberFromString(compact, home as CountryCode);
    if (abroad && isMobile(abroad))
      return fail('mobile.country_code', value, { suggestion: abroad.formatInternational(), e164: abroad.number, country: home });
  }
  if (!phone || !phone.isValid()) return fail('mobile.invalid', value);
  return fail('mobile.not_mobile', value);
}

export type CardTypeValue = 'standard' | 'visitor';
export function checkCardType(raw: string): FieldCheck<CardTypeValue> {
  const value = raw.trim().toLowerCase();
  if (['standard', 'standardkort', 's'].includes(value)) return ok('standard');
  if (['visitor', 'besökare', 'besokare', 'besökskort', 'besokskort', 'visitor card', 'v'].includes(value)) return ok('visitor');
  return fail('card_type.unknown', raw.trim());
}

export function checkYesNo(raw: string): FieldCheck<boolean> {
  const value = raw.trim().toLowerCase().replace(/[.!]$/, '');
  if (['yes', 'y', 'ja', 'j', 'true', '1'].includes(value)) return ok(true);
  if (['no', 'n', 'nej', 'false', '0'].includes(value)) return ok(false);
  return fail('yes_no.unknown', raw.trim());
}

/** YYYY-MM-DD (also YYYYMMDD or YYYY/MM/DD), a real date in the past, at most 120 years ago. */
export function checkDateOfBirth(raw: string, today: Date = new Date()): FieldCheck<string> {
  const value = raw.trim();
  const m = /^(\d{4})[-/. ]?(\d{2})[-/. ]?(\d{2})$/.exec(value);
  if (!m) return fail('dob.format', value);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return fail('dob.not_a_date', value);
  if (date.getTime() > today.getTime()) return fail('dob.future', value);
  if (today.getUTCFullYear() - y > 120) return fail('dob.too_old', value);
  return ok(`${m[1]}-${m[2]}-${m[3]}`);
}
