import { isAfter, isoDate, isRealDate } from './dates';
import { maskIdentity } from './mask';
import type { CalendarDate, CheckContext, IdentityErrorCode, IdentityFailure, IdentityParams, IdentityScheme, SchemeResult } from './types';

export function fail(code: IdentityErrorCode, ctx: Pick<CheckContext, 'input'>, extra: IdentityParams = {}): IdentityFailure {
  return { ok: false, code, params: { input: ctx.input, ...extra } };
}

/** 'date' when the number's date of birth is no real calendar date. */
export function notARealDate(date: CalendarDate, ctx: CheckContext): IdentityFailure | undefined {
  return isRealDate(date) ? undefined : fail('date', ctx);
}

/** 'future' when the (real) date of birth is after today. */
export function inTheFuture(date: CalendarDate, ctx: CheckContext): IdentityFailure | undefined {
  return isAfter(date, ctx.today) ? fail('future', ctx, { numberDateOfBirth: isoDate(date) }) : undefined;
}

export interface Forms {
  normalized: string;
  display: string;
}

/** Success for a number that carries its holder's date of birth. */
export function dated(scheme: IdentityScheme, forms: Forms, date: CalendarDate): SchemeResult {
  return {
    ok: true,
    scheme,
    ...forms,
    masked: maskIdentity(forms.normalized, scheme),
    dateOfBirth: isoDate(date),
    carriesDateOfBirth: true,
  };
}

/** Success for a number without a date of birth in it (the dialog must ask for it). */
export function undated(scheme: IdentityScheme, forms: Forms): SchemeResult {
  return { ok: true, scheme, ...forms, masked: maskIdentity(forms.normalized, scheme), carriesDateOfBirth: false };
}

/** Runs checks in order and returns the first failure. */
export function firstFailure(...checks: Array<() => IdentityFailure | undefined>): IdentityFailure | undefined {
  for (const check of checks) {
    const failure = check();
    if (failure) return failure;
  }
  return undefined;
}
