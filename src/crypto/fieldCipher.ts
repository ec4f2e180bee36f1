import { identityIndex } from './blindIndex';
import { keyIdOf, open, openKeeping, rewrap, seal, sealReusing, SealedValueError, type RowDataKey, type SealedAt } from './envelope';
import type { KeyRing } from './keyRing';

const TEXT_PREFIX = 'enc1:';

/** A JSON column's sealed form: the column keeps its type, the document is opaque. */
export interface SealedJson {
  sealed: string;
}

export const isSealedText = (value: string): boolean => value.startsWith(TEXT_PREFIX);
export const isSealedJson = (value: unknown): value is SealedJson =>
  !!value && typeof value === 'object' && typeof (value as SealedJson).sealed === 'string' && Object.keys(value).length === 1;
/** Sealed bytes start with the envelope version; a JPEG starts with 0xFF. */
export const isSealedBytes = (value: Buffer): boolean => value[0] === 1;

/**
 * The store's one seam to encryption at rest: text, JSON and byte columns sealed with the table,
 * row and column they are written to, and the blind index of identity numbers. Values written
 * before encryption (clear) still open, so an upgraded database keeps working until
 * `npm run keys:rotate` seals them.
 */
export interface FieldCipher {
  readonly keyId: string;
  sealText(at: SealedAt, value: string): string;
  sealText(at: SealedAt, value: string | null): string | null;
  openText(at: SealedAt, value: string): string;
  openText(at: SealedAt, value: string | null): string | null;
  sealJson(at: SealedAt, value: unknown): SealedJson;
  openJson<T>(at: SealedAt, value: unknown): T;
  sealBytes(at: SealedAt, value: Buffer): Buffer;
  openBytes(at: SealedAt, value: Buffer): Buffer;
  identityIndex(nationality: string, identityNumber: string): string;
  /** The key id a sealed stored value was wrapped with, or null for a clear one. */
  keyIdOfStored(value: string | Buffer | unknown): string | null;
  /** A stored value moved to the current key (sealed if clear), or null when it already is. */
  rotateStored<T extends string | Buffer | unknown>(at: SealedAt, value: T): T | null;
  /**
   * A text column whose rows each keep one data key across writes, remembered for the last `limit`
   * rows: for a row read and written on every turn (bot state), two key wraps per turn fewer.
   */
  rowKeyedText(table: string, column: string, limit: number): RowKeyedText;
}

export interface RowKeyedText {
  seal(row: string, value: string): string;
  open(row: string, value: string): string;
  forget(row: string): void;
}

export function fieldCipher(ring: KeyRing): FieldCipher {
  const sealText = (at: SealedAt, value: string | null) =>
    value === null ? null : TEXT_PREFIX + seal(ring, at, Buffer.from(value, 'utf8')).toString('base64');
  const openText = (at: SealedAt, value: string | null) =>
    value === null || !isSealedText(value)
      ? value
      : open(ring, at, Buffer.from(value.slice(TEXT_PREFIX.length), 'base64')).toString('utf8');
  const sealedBytesOf = (value: unknown): Buffer | null => {
    if (Buffer.isBuffer(value)) return isSealedBytes(value) ? value : null;
    if (typeof value === 'string') return isSealedText(value) ? Buffer.from(value.slice(TEXT_PREFIX.length), 'base64') : null;
    return isSealedJson(value) ? Buffer.from(value.sealed, 'base64') : null;
  };
  const cipher: FieldCipher = {
    keyId: ring.current.id,
    sealText: sealText as FieldCipher['sealText'],
    openText: openText as FieldCipher['openText'],
    sealJson: (at, value) => ({ sealed: seal(ring, at, Buffer.from(JSON.stringify(value), 'utf8')).toString('base64') }),
    openJson: <T>(at: SealedAt, value: unknown) =>
      (isSealedJson(value) ? JSON.parse(open(ring, at, Buffer.from(value.sealed, 'base64')).toString('utf8')) : value) as T,
    sealBytes: (at, value) => seal(ring, at, value),
    openBytes: (at, value) => (isSealedBytes(value) ? open(ring, at, value) : value),
    identityIndex: (nationality, number) => identityIndex(ring.indexKey, nationality, number),
    keyIdOfStored(value) {
      const sealed = sealedBytesOf(value);
      return sealed ? keyIdOf(sealed) : null;
    },
    rotateStored<T>(at: SealedAt, value: T): T | null {
      if (value === null || value === undefined) return null;
      const sealed = sealedBytesOf(value);
      if (!sealed) {
        // Written before encryption: seal it now.
        if (Buffer.isBuffer(value)) return cipher.sealBytes(at, value) as T;
        if (typeof value === 'string') return cipher.sealText(at, value) as T;
        return cipher.sealJson(at, value) as T;
      }
      if (keyIdOf(sealed) === ring.current.id) return null;
      // Opening first proves the value belongs here; the ciphertext itself is kept.
      open(ring, at, sealed);
      const moved = rewrap(ring, sealed);
      if (Buffer.isBuffer(value)) return moved as T;
      if (typeof value === 'string') return (TEXT_PREFIX + moved.toString('base64')) as T;
      return { sealed: moved.toString('base64') } as T;
    },
    rowKeyedText(table, column, limit) {
      const keys = new Map<string, RowDataKey>();
      const remember = (row: string, key: RowDataKey) => {
        keys.delete(row);
        keys.set(row, key);
        if (keys.size > limit) keys.delete(keys.keys().next().value!);
      };
      return {
        seal(row, value) {
          const { sealed, key } = sealReusing(ring, { table, column, row }, Buffer.from(value, 'utf8'), keys.get(row));
          remember(row, key);
          return TEXT_PREFIX + sealed.toString('base64');
        },
        open(row, value) {
          if (!isSealedText(value)) return value;
          const sealed = Buffer.from(value.slice(TEXT_PREFIX.length), 'base64');
          const { plain, key } = openKeeping(ring, { table, column, row }, sealed, keys.get(row));
          remember(row, key);
          return plain.toString('utf8');
        },
        forget: (row) => void keys.delete(row),
      };
    },
  };
  return cipher;
}

export { SealedValueError, type SealedAt };
