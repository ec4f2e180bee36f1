import type { FieldCipher } from '../../src/crypto/fieldCipher';

/** The baseline of bench/crypto: a cipher that stores every value as given (what the store did before sealing). */
export const clearCipher = (inner: FieldCipher): FieldCipher => ({
  keyId: 'clear',
  sealText: ((_at: unknown, v: string | null) => v) as FieldCipher['sealText'],
  openText: ((_at: unknown, v: string | null) => v) as FieldCipher['openText'],
  sealJson: (_at, v) => v as never,
  openJson: <T>(_at: unknown, v: unknown) => v as T,
  sealBytes: (_at, v) => v,
  openBytes: (_at, v) => v,
  identityIndex: (n, i) => inner.identityIndex(n, i),
  keyIdOfStored: () => null,
  rotateStored: () => null,
  rowKeyedText: () => ({ seal: (_row, v) => v, open: (_row, v) => v, forget: () => undefined }),
});
