import { createHmac } from 'node:crypto';

/**
 * A keyed blind index of an identity number: equal numbers (in any written form the scheme
 * normalises to the same digits) give equal indexes, so duplicates are found with an indexed
 * lookup, while the index alone reveals nothing without its own key.
 */
export function identityIndex(indexKey: Buffer, nationality: string, identityNumber: string): string {
  const normalised = identityNumber.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  return createHmac('sha256', indexKey).update(`identity\0${nationality.toUpperCase()}\0${normalised}`).digest('base64url');
}
