import { checkIdentityNumber } from '../../src/domain/identity';
import type { CartLine } from '../../src/services/cart/viewCart';
import type { Draft } from './draft';

/**
 * A cart item back as a new-card draft, for editing. The identity number is checked again to get
 * its masked form and whether it carries the date of birth; a photo that cannot be used is left
 * out, so the dialog asks for a new one before the summary.
 */
export function draftFromCartLine({ item, photo, findings }: CartLine, today: Date): Draft {
  const documentNumber = item.identityScheme === 'document-number';
  const check = checkIdentityNumber(item.nationality, item.identityNumber, {
    today,
    ...(documentNumber && item.dateOfBirth ? { dateOfBirth: item.dateOfBirth } : {}),
  });
  const identity = check.ok
    ? { scheme: check.scheme, normalized: check.normalized, masked: check.masked, carriesDateOfBirth: check.carriesDateOfBirth }
    : undefined;
  return {
    firstName: item.firstName,
    lastName: item.lastName,
    nationality: item.nationality,
    ...(identity ? { identity } : {}),
    ...(identity && item.dateOfBirth ? { dateOfBirth: item.dateOfBirth } : {}),
    email: item.email,
    mobile: item.mobile,
    cardType: item.cardType,
    hasBankId: item.hasBankId,
    ...(photo.kind === 'ok' && item.photoId ? { photo: { id: item.photoId, findings } } : {}),
  };
}
