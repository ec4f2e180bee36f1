import { checkBulgarian } from './bg';
import { checkRodneCislo } from './cz-sk';
import { checkDanish } from './dk';
import { checkBaltic } from './ee-lt';
import { checkFinnish } from './fi';
import type { ExpectedForm, SchemeLabel } from './labels';
import { checkLatvian } from './lv';
import { checkNorwegian } from './no';
import { checkDocumentNumber } from './other';
import { checkPolish } from './pl';
import { checkRomanian } from './ro';
import { checkSwedish } from './se';
import type { CheckContext, IdentityScheme, SchemeResult } from './types';

type Checker = (ctx: CheckContext) => SchemeResult;

export interface NationalScheme {
  /** The scheme named in format messages (a country may also accept a second one). */
  label: SchemeLabel;
  expected: ExpectedForm;
  check: Checker;
}

/** Nationalities whose own identity number we check; every other one gives a document number. */
export const NATIONAL_SCHEMES: Readonly<Record<string, NationalScheme>> = {
  SE: { label: 'se-personnummer', expected: 'SE', check: checkSwedish },
  NO: { label: 'no-fodselsnummer', expected: 'NO', check: checkNorwegian },
  DK: { label: 'dk-cpr', expected: 'DK', check: checkDanish },
  FI: { label: 'fi-hetu', expected: 'FI', check: checkFinnish },
  PL: { label: 'pl-pesel', expected: 'PL', check: checkPolish },
  EE: { label: 'ee-isikukood', expected: 'EE', check: (ctx) => checkBaltic('ee-isikukood', ctx) },
  LT: { label: 'lt-asmens-kodas', expected: 'LT', check: (ctx) => checkBaltic('lt-asmens-kodas', ctx) },
  LV: { label: 'lv-personas-kods', expected: 'LV', check: checkLatvian },
  CZ: { label: 'cz-rodne-cislo', expected: 'CZ', check: (ctx) => checkRodneCislo('cz-rodne-cislo', ctx) },
  SK: { label: 'sk-rodne-cislo', expected: 'SK', check: (ctx) => checkRodneCislo('sk-rodne-cislo', ctx) },
  RO: { label: 'ro-cnp', expected: 'RO', check: checkRomanian },
  BG: { label: 'bg-egn', expected: 'BG', check: checkBulgarian },
};

export const DOCUMENT_SCHEME: NationalScheme = { label: 'document-number', expected: 'other', check: checkDocumentNumber };

/**
 * Schemes a number is compared with when it fails its own nationality, most distinctive
 * first. Only numbers that prove themselves count: a date and a check digit. So no Danish CPR
 * (no check digit since 2007), no dateless Latvian or Lithuanian codes, no 9-digit rodné
 * číslo. `strong`: the check is hard to pass by chance (Norway's two check digits), so it may
 * be named even when the number has the shape of its own nationality's numbers.
 */
export interface LookAlike {
  countries: readonly string[];
  check: Checker;
  label: (scheme: IdentityScheme) => SchemeLabel;
  strong: boolean;
}

const itself = (scheme: IdentityScheme): SchemeLabel => scheme;

export const LOOK_ALIKES: readonly LookAlike[] = [
  { countries: ['SE'], check: checkSwedish, label: itself, strong: false },
  { countries: ['FI'], check: checkFinnish, label: itself, strong: false },
  { countries: ['NO'], check: checkNorwegian, label: itself, strong: true },
  { countries: ['PL'], check: checkPolish, label: itself, strong: false },
  { countries: ['EE', 'LT'], check: (ctx) => checkBaltic('ee-isikukood', ctx), label: () => 'ee-or-lt', strong: false },
  { countries: ['LV'], check: checkLatvian, label: itself, strong: false },
  { countries: ['RO'], check: checkRomanian, label: itself, strong: false },
  { countries: ['CZ', 'SK'], check: (ctx) => checkRodneCislo('cz-rodne-cislo', ctx), label: () => 'cz-or-sk', strong: false },
  { countries: ['BG'], check: checkBulgarian, label: itself, strong: false },
];

/** A look-alike's success counts as evidence only when both a date and a check digit held. */
export function isEvidence(result: SchemeResult): result is Extract<SchemeResult, { ok: true }> {
  if (!result.ok || !result.carriesDateOfBirth) return false;
  return !(result.scheme === 'cz-rodne-cislo' && result.normalized.length === 9);
}
