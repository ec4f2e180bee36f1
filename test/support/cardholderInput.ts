import type { CartItemInput } from '../../src/store/ports';

/**
 * A cart item as the tests order it: Anna Berg, Swedish, a valid personnummer (19900101-1239),
 * no photo until one is given. Each test overrides what it is about.
 */
export const cardholderInput = (over: Partial<CartItemInput> = {}): CartItemInput => ({
  firstName: 'Anna',
  lastName: 'Berg',
  nationality: 'SE',
  identityScheme: 'se-personnummer',
  identityNumber: '199001011239',
  coordinationNumber: null,
  dateOfBirth: '1990-01-01',
  email: 'anna@example.com',
  mobile: '+46701234567',
  cardType: 'standard',
  hasBankId: true,
  manualIdVerification: false,
  photoId: null,
  ...over,
});
