import type { Country } from '../countries';
import { nationalityParams, schemeParams } from './labels';
import { fail } from './result';
import { isEvidence, LOOK_ALIKES } from './schemes';
import type { CheckContext, IdentityErrorCode, IdentityFailure } from './types';

/** Refusals of a number that has its own nationality's shape but is wrong inside. */
const WRONG_INSIDE: readonly IdentityErrorCode[] = ['date', 'checksum', 'century', 'interim'];

/**
 * The issuer's rule: the number's format must match the nationality. When the number failed
 * its own nationality but is a valid number of another scheme, say so. A number that does not
 * even have its own nationality's shape is compared with every look-alike; one that has the
 * shape (a typo is then the likelier story) only with those whose check rarely passes by chance.
 */
export function findLookAlike(country: Country, ctx: CheckContext, ownFailure: IdentityErrorCode): IdentityFailure | undefined {
  const wrongShape = ownFailure === 'format';
  if (!wrongShape && !WRONG_INSIDE.includes(ownFailure)) return undefined;
  for (const lookAlike of LOOK_ALIKES) {
    if (lookAlike.countries.includes(country.code) || !(wrongShape || lookAlike.strong)) continue;
    const result = lookAlike.check(ctx);
    if (!isEvidence(result)) continue;
    return fail('mismatch', ctx, {
      ...schemeParams(lookAlike.label(result.scheme), 'looksLike'),
      looksLikeScheme: result.scheme,
      ...nationalityParams(country),
    });
  }
  return undefined;
}
