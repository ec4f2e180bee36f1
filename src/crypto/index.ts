export { fieldCipher, SealedValueError, type FieldCipher, type SealedAt } from './fieldCipher';
export { KeyConfigError, parseKeyRing, randomKeyRing, withCurrentKey, type DataKey, type KeyRing } from './keyRing';
export { processKeyRing } from './processKeyRing';
export { developmentKeys } from './developmentKeys';
