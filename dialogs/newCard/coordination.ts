import { checkSwedishCoordinationNumber, identityMessageKey } from '../../src/domain/identity';
import { checkYesNo } from '../../src/domain/person';
import type { Draft } from './draft';
import type { Accepted, FieldEnv } from './fieldTypes';

/**
 * The optional Swedish samordningsnummer of a foreign cardholder (it gives a longer card
 * validity): "no" skips it; a number must be a real samordningsnummer (a personnummer is refused)
 * and carry the same date of birth as the identity.
 */
export function acceptCoordination(text: string, draft: Draft, env: FieldEnv): Accepted {
  const yesNo = checkYesNo(text);
  if (yesNo.ok)
    return yesNo.value ? { ok: false, message: env.t('coordination.type_it') } : { ok: true, draft: { ...draft, coordination: null } };
  const result = checkSwedishCoordinationNumber(text, { today: env.today });
  if (!result.ok) return { ok: false, message: env.t(identityMessageKey(result.code), result.params) };
  if (draft.dateOfBirth && result.dateOfBirth && result.dateOfBirth !== draft.dateOfBirth) {
    return {
      ok: false,
      message: env.t('identity.dob_mismatch', {
        input: text.trim(),
        numberDateOfBirth: result.dateOfBirth,
        dateOfBirth: draft.dateOfBirth,
      }),
    };
  }
  return { ok: true, draft: { ...draft, coordination: { normalized: result.normalized, masked: result.masked } } };
}
