import type { MessageKey } from '../../i18n';
import { findCountry, type Country } from '../countries';
import { calendarDate, isAfter, isoDate, parseIsoDate } from './dates';
import { expectedParams, nationalityParams, schemeParams, type ExpectedForm, type SchemeLabel } from './labels';
import { findLookAlike } from './mismatch';
import { fail } from './result';
import { DOCUMENT_SCHEME, NATIONAL_SCHEMES, type NationalScheme } from './schemes';
import { checkSwedish } from './se';
import { cleanTyping } from './typing';
import type {
  CalendarDate,
  CheckContext,
  IdentityErrorCode,
  IdentityFailure,
  IdentityOk,
  IdentityParams,
  IdentityResult,
  SchemeResult,
} from './types';

export { maskIdentity, maskTypedIdentity } from './mask';
export { IDENTITY_ERROR_CODES } from './types';
export type { IdentityErrorCode, IdentityOk, IdentityFailure, IdentityResult, IdentityScheme } from './types';

export interface CheckOptions {
  /** Defaults to now; fixes the century of short Swedish numbers and what "future" means. */
  today?: Date;
  /** YYYY-MM-DD typed by the user: required with a document number, cross-checked otherwise. */
  dateOfBirth?: string;
}

/** The oldest date of birth accepted when it is typed rather than read from a number. */
const MAX_AGE_YEARS = 120;

const schemeOf = (country: Country): NationalScheme => NATIONAL_SCHEMES[country.code] ?? DOCUMENT_SCHEME;

/** Does this nationality's number normally carry the date of birth? (Always check the result's own flag too.) */
export function numberCarriesDateOfBirth(countryCode: string): boolean {
  const country = findCountry(countryCode);
  return country !== undefined && country.code in NATIONAL_SCHEMES;
}

/** What the dialog can show when asking: the scheme's name and expected form, in both languages. */
export function identityFormatParams(countryCode: string): IdentityParams {
  const country = findCountry(countryCode);
  const scheme = country ? schemeOf(country) : DOCUMENT_SCHEME;
  return { ...schemeParams(scheme.label), ...expectedParams(scheme.expected) };
}

export function identityMessageKey(code: IdentityErrorCode): MessageKey {
  return `identity.${code}`;
}

function describe(failure: IdentityFailure, label: SchemeLabel, expected: ExpectedForm, country?: Country): IdentityFailure {
  const context = { ...schemeParams(label), ...expectedParams(expected), ...(country ? nationalityParams(country) : {}) };
  return { ...failure, params: { ...context, ...failure.params } };
}

/** A typed date of birth: a real date, not in the future, not absurdly old. */
function typedDateOfBirth(text: string, ctx: CheckContext): CalendarDate | IdentityFailure {
  const date = parseIsoDate(text);
  const oldest = { ...ctx.today, year: ctx.today.year - MAX_AGE_YEARS };
  if (!date || isAfter(oldest, date)) return fail('dob_invalid', ctx, { dateOfBirth: text });
  if (isAfter(date, ctx.today)) return fail('dob_future', ctx, { dateOfBirth: text });
  return date;
}

/** Adds the nationality, and reconciles the number's date of birth with the typed one. */
function complete(result: Extract<SchemeResult, { ok: true }>, country: string, ctx: CheckContext, typed?: string): IdentityResult {
  const ok: IdentityOk = { ...result, country };
  if (typed === undefined) {
    return ok.scheme === 'document-number' ? fail('dob_required', ctx) : ok;
  }
  const date = typedDateOfBirth(typed, ctx);
  if ('ok' in date) return date;
  if (!ok.carriesDateOfBirth) return { ...ok, dateOfBirth: isoDate(date) };
  if (ok.dateOfBirth !== isoDate(date)) {
    return fail('dob_mismatch', ctx, { numberDateOfBirth: ok.dateOfBirth ?? '', dateOfBirth: isoDate(date) });
  }
  return ok;
}

function contextFor(input: string, today: Date | undefined): CheckContext {
  return { input: cleanTyping(input), today: calendarDate(today ?? new Date()) };
}

const typedOrNothing = (text: string | undefined): string | undefined => (text?.trim() ? text.trim() : undefined);

/**
 * Checks a national identity number against the chosen nationality (ISO alpha-2 or alpha-3).
 * Nationalities without a checked scheme take a passport or ID card number plus a typed date
 * of birth. Refusals carry `input` and the scheme's name and expected form for the message.
 */
export function checkIdentityNumber(countryCode: string, input: string, opts: CheckOptions = {}): IdentityResult {
  const ctx = contextFor(input, opts.today);
  const country = findCountry(countryCode);
  if (!country) return fail('country', ctx, { country: countryCode.trim() });
  const scheme = schemeOf(country);
  if (!ctx.input) return describe(fail('empty', ctx), scheme.label, scheme.expected, country);

  const result = scheme.check(ctx);
  if (!result.ok) {
    const refusal = findLookAlike(country, ctx, result.code) ?? result;
    return describe(refusal, scheme.label, scheme.expected, country);
  }
  const completed = complete(result, country.code, ctx, typedOrNothing(opts.dateOfBirth));
  return completed.ok ? completed : describe(completed, scheme.label, scheme.expected, country);
}

/** The optional Swedish samordningsnummer a foreign cardholder may add (a personnummer is refused). */
export function checkSwedishCoordinationNumber(input: string, opts: { today?: Date } = {}): IdentityResult {
  const ctx = contextFor(input, opts.today);
  const result: SchemeResult = ctx.input ? checkSwedish(ctx) : fail('empty', ctx);
  if (result.ok && result.scheme === 'se-samordningsnummer') return { ...result, country: 'SE' };
  const failure = result.ok ? fail('not_coordination', ctx) : result;
  return describe(failure, 'se-samordningsnummer', 'SE-coordination');
}

/**
 * The usual human form of a stored number (e.g. 199001011239 -> 19900101-1239), for the one card
 * that shows it in full. Falls back to the stored form if it no longer passes today's checks.
 */
export function displayIdentity(countryCode: string, normalized: string, dateOfBirth?: string | null): string {
  const result = checkIdentityNumber(countryCode, normalized, dateOfBirth ? { dateOfBirth } : {});
  return result.ok ? result.display : normalized;
}
