export type IdentityScheme =
  | 'se-personnummer'
  | 'se-samordningsnummer'
  | 'no-fodselsnummer'
  | 'no-d-number'
  | 'dk-cpr'
  | 'fi-hetu'
  | 'pl-pesel'
  | 'ee-isikukood'
  | 'lt-asmens-kodas'
  | 'lv-personas-kods'
  | 'cz-rodne-cislo'
  | 'sk-rodne-cislo'
  | 'ro-cnp'
  | 'bg-egn'
  | 'document-number';

/** Why a number was refused; each has a message `identity.<code>` in the catalogue. */
export const IDENTITY_ERROR_CODES = [
  'empty',
  'format',
  'date',
  'checksum',
  'century',
  'interim',
  'future',
  'mismatch',
  'dob_mismatch',
  'dob_required',
  'dob_invalid',
  'dob_future',
  'not_coordination',
  'country',
] as const;
export type IdentityErrorCode = (typeof IDENTITY_ERROR_CODES)[number];

export type IdentityParams = Record<string, string | number>;

export interface IdentityOk {
  ok: true;
  /** ISO alpha-2 of the nationality the number was checked against. */
  country: string;
  scheme: IdentityScheme;
  /** Storage form: Sweden 12 digits, others their compact canonical form. */
  normalized: string;
  /** The usual human form, e.g. 19900101-1234. */
  display: string;
  /** Date part kept, the individual part replaced by '*'. */
  masked: string;
  /** YYYY-MM-DD: from the number, or the typed one when the number carries none. */
  dateOfBirth?: string;
  carriesDateOfBirth: boolean;
}

export interface IdentityFailure {
  ok: false;
  code: IdentityErrorCode;
  params: IdentityParams;
}

export type IdentityResult = IdentityOk | IdentityFailure;

/** What a country's checker needs besides the text: the trimmed input and today's date. */
export interface CheckContext {
  input: string;
  today: CalendarDate;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A checker's answer before the nationality and cross-checks are added. */
export type SchemeResult = Omit<IdentityOk, 'country'> | IdentityFailure;
