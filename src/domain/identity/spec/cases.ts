import { expect, it } from 'vitest';
import { checkIdentityNumber, type IdentityErrorCode, type IdentityScheme } from '..';

/** Every identity test runs on this day, so century inference and "future" are fixed. */
export const TODAY = new Date('2026-03-01T12:00:00Z');

/** [input, scheme, normalized, display, masked, dateOfBirth (undefined: the number has none)] */
export type ValidCase = [string, IdentityScheme, string, string, string, string | undefined];
/** [input, expected refusal code] */
export type RefusedCase = [string, IdentityErrorCode];

export function validCases(country: string, cases: ValidCase[]): void {
  it.each(cases)(`${country}: accepts %s`, (input, scheme, normalized, display, masked, dateOfBirth) => {
    const result = checkIdentityNumber(country, input, { today: TODAY });
    expect(result).toEqual({
      ok: true,
      country,
      scheme,
      normalized,
      display,
      masked,
      carriesDateOfBirth: dateOfBirth !== undefined,
      ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
    });
  });
}

export function refusedCases(country: string, cases: RefusedCase[]): void {
  it.each(cases)(`${country}: refuses %s (%s)`, (input, code) => {
    const result = checkIdentityNumber(country, input, { today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.params.input).toBe(input.trim());
  });
}
