import type { CardholderInput } from '../../src/services/cart/addToCart';
import type { Draft } from './draft';

/** The finished draft as the addToCart use case takes it; the service re-validates with zod. */
export function draftToCardholder(draft: Draft): CardholderInput {
  return {
    firstName: draft.firstName ?? '',
    lastName: draft.lastName ?? '',
    nationality: draft.nationality ?? '',
    identityScheme: draft.identity?.scheme ?? '',
    identityNumber: draft.identity?.normalized ?? '',
    coordinationNumber: draft.coordination?.normalized ?? null,
    dateOfBirth: draft.dateOfBirth ?? null,
    email: draft.email ?? '',
    mobile: draft.mobile ?? '',
    cardType: draft.cardType ?? 'standard',
    hasBankId: draft.hasBankId ?? false,
    photoId: draft.photo?.id ?? null,
  };
}
