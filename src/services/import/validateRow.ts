import { findCountry, matchCountry } from '../../domain/countries';
import { checkIdentityNumber, identityMessageKey, maskTypedIdentity } from '../../domain/identity';
import { checkCardType, checkDateOfBirth, checkEmail, checkMobile, checkName, checkYesNo, type FieldCheck } from '../../domain/person';
import { t, type Locale, type MessageKey } from '../../i18n';
import { countryName } from '../../i18n/countryName';
import { nationalityCode, type ImportColumn, type RawRow, type RowProblem } from '../../import';
import type { CardholderInput } from '../cart/addToCart';

export type ImportedCardholder = Omit<CardholderInput, 'photoId'>;

/**
 * One spreadsheet row through the same domain checks as the chat dialog. Every problem names its
 * row and column; a row is ready only when it has none.
 */
export function validateRow(
  row: RawRow,
  locale: Locale,
  today: Date,
): { ok: true; value: ImportedCardholder } | { ok: false; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (column: ImportColumn) => row.values[column]?.trim() ?? '';
  const problem = (column: ImportColumn, code: string, key: MessageKey, params: Record<string, string | number> = {}) =>
    problems.push({ rowNumber: row.rowNumber, column, code, message: t(locale, key, params) });
  const take = <T>(column: ImportColumn, check: FieldCheck<T>): T | undefined => {
    if (check.ok) return check.value;
    problem(column, check.code, check.code as MessageKey, check.params);
    return undefined;
  };
  const required = (column: ImportColumn): string | undefined => {
    const value = cell(column);
    if (!value) problem(column, 'missing', 'bulk.row.missing', { column });
    return value || undefined;
  };

  const firstRaw = required('first_name');
  const firstName = firstRaw !== undefined ? take('first_name', checkName(firstRaw)) : undefined;
  const lastRaw = required('last_name');
  const lastName = lastRaw !== undefined ? take('last_name', checkName(lastRaw)) : undefined;

  let nationality: string | undefined;
  const nationalityRaw = required('nationality');
  if (nationalityRaw !== undefined) {
    const code = nationalityCode(nationalityRaw);
    const byCode = code ? findCountry(code) : undefined;
    const match = byCode ? { kind: 'exact' as const, country: byCode } : matchCountry(nationalityRaw);
    if (match.kind === 'exact') nationality = match.country.code;
    else if (match.kind === 'suggestion')
      problem('nationality', 'nationality.suggest', 'nationality.suggest', {
        input: nationalityRaw,
        suggestions: match.suggestions.map((c) => (locale === 'sv' ? c.sv : c.en)).join(', '),
      });
    else problem('nationality', 'nationality.unknown', 'nationality.unknown', { input: nationalityRaw });
  }

  const dobRaw = cell('date_of_birth');
  const typedDob = dobRaw ? take('date_of_birth', checkDateOfBirth(dobRaw, today)) : undefined;
  const numberRaw = required('national_identity_number');
  let identity: { scheme: string; normalized: string; dateOfBirth?: string } | undefined;
  if (numberRaw !== undefined && nationality) {
    const result = checkIdentityNumber(nationality, numberRaw, { today, ...(typedDob ? { dateOfBirth: typedDob } : {}) });
    if (result.ok) identity = result;
    // The message goes on the card, into the job and the error report: the number masked there too (the orderer has the file).
    else
      problem(
        result.code === 'dob_required' || result.code === 'dob_mismatch' ? 'date_of_birth' : 'national_identity_number',
        `identity.${result.code}`,
        identityMessageKey(result.code),
        { ...result.params, input: maskTypedIdentity(String(result.params.input ?? numberRaw)) },
      );
  }

  const email = required('email') !== undefined ? take('email', checkEmail(cell('email'))) : undefined;
  const mobile = required('mobile') !== undefined ? take('mobile', mobileCheck(cell('mobile'), nationality, locale)) : undefined;
  const cardType = cell('card_type') ? take('card_type', checkCardType(cell('card_type'))) : 'standard';
  // Without an answer we assume no BankID: manual ID verification never blocks a card, a wrong "yes" can.
  const hasBankId = cell('bankid') ? take('bankid', checkYesNo(cell('bankid'))) : false;

  if (
    problems.length > 0 ||
    !firstName ||
    !lastName ||
    !nationality ||
    !identity ||
    !email ||
    !mobile ||
    !cardType ||
    hasBankId === undefined
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      firstName,
      lastName,
      nationality,
      identityScheme: identity.scheme,
      identityNumber: identity.normalized,
      coordinationNumber: null,
      dateOfBirth: identity.dateOfBirth ?? typedDob ?? null,
      email,
      mobile,
      cardType,
      hasBankId,
    },
  };
}

/** Duplicates are the same person: nationality plus the normalised number. */
export const cardholderKey = (c: Pick<ImportedCardholder, 'nationality' | 'identityNumber'>) => `${c.nationality}:${c.identityNumber}`;

/** A mobile without a country code that is one in the cardholder's country: the sheet is told the number with it. */
function mobileCheck(raw: string, nationality: string | undefined, locale: Locale): FieldCheck<string> {
  const check = checkMobile(raw, nationality);
  if (check.ok || check.code !== 'mobile.country_code') return check;
  return {
    ...check,
    code: 'bulk.row.mobile_country_code',
    params: { ...check.params, country: countryName(String(check.params.country), locale) },
  };
}
