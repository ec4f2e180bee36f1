import { createCipheriv, createDecipheriv, randomBytes, randomFillSync } from 'node:crypto';
import type { KeyRing } from './keyRing';

/**
 * Envelope encryption with AES-256-GCM: every value gets its own random data key, which is stored
 * wrapped (AES-256-GCM too) by the ring's current key-encryption key. The value's associated data
 * names its table, row and column, so a ciphertext copied into another row or column fails to open.
 *
 * Layout: version(1) | kidLength(1) | kid | wrapIv(12) | wrappedKey(32) | wrapTag(16) | iv(12) | tag(16) | ciphertext
 */
export interface SealedAt {
  table: string;
  column: string;
  row: string;
}

const VERSION = 1;
const IV = 12;
const TAG = 16;
const DEK = 32;

export class SealedValueError extends Error {}

const aadOf = (at: SealedAt) => Buffer.from(`${at.table}/${at.column}/${at.row}`);

/**
 * IVs come from a pool of random bytes refilled 512 IVs at a time: one call into the CSPRNG instead
 * of one per value (it was the largest part of sealing a small value). Each IV is used synchronously
 * and copied into the sealed value before the pool can be refilled.
 */
const ivPool = Buffer.alloc(IV * 512);
let ivAt = ivPool.length;
function nextIv(): Buffer {
  if (ivAt + IV > ivPool.length) {
    randomFillSync(ivPool);
    ivAt = 0;
  }
  return ivPool.subarray(ivAt, (ivAt += IV));
}

function gcmSeal(key: Buffer, plain: Buffer, aad: Buffer) {
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, body, tag: cipher.getAuthTag() };
}

function gcmOpen(key: Buffer, iv: Buffer, body: Buffer, tag: Buffer, aad: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(aad).setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]);
}

interface Parsed {
  kid: string;
  wrapIv: Buffer;
  wrapped: Buffer;
  wrapTag: Buffer;
  rest: Buffer;
}

function parse(sealed: Buffer): Parsed {
  if (sealed.length < 2 || sealed[0] !== VERSION) throw new SealedValueError('not a sealed value');
  const kidLength = sealed[1]!;
  const kid = sealed.subarray(2, 2 + kidLength).toString('latin1');
  let at = 2 + kidLength;
  const take = (n: number) => sealed.subarray(at, (at += n));
  const parsed = { kid, wrapIv: take(IV), wrapped: take(DEK), wrapTag: take(TAG), rest: sealed.subarray(at) };
  if (parsed.rest.length < IV + TAG) throw new SealedValueError('sealed value is truncated');
  return parsed;
}

function wrapKey(ring: KeyRing, dek: Buffer): Buffer {
  const kek = ring.current;
  const w = gcmSeal(kek.key, dek, Buffer.from(kek.id));
  return Buffer.concat([Buffer.from([VERSION, kek.id.length]), Buffer.from(kek.id, 'latin1'), w.iv, w.body, w.tag]);
}

function unwrapKey(ring: KeyRing, p: Parsed): Buffer {
  const kek = ring.byId.get(p.kid);
  if (!kek) throw new SealedValueError(`sealed with key "${p.kid}", which is not in DATA_KEYS`);
  return gcmOpen(kek.key, p.wrapIv, p.wrapped, p.wrapTag, Buffer.from(p.kid));
}

/**
 * A value's data key with its wrapped form (the envelope's header), kept in memory so the next value
 * of the same row can reuse it: one wrap on write and one unwrap on read fewer. Every value still
 * gets its own random IV, far below GCM's limit of 2^32 random IVs per key.
 */
export interface RowDataKey {
  kid: string;
  dek: Buffer;
  header: Buffer;
}

export function seal(ring: KeyRing, at: SealedAt, plain: Buffer): Buffer {
  return sealWith(ring, at, plain, newDataKey(ring));
}

function newDataKey(ring: KeyRing): RowDataKey {
  const dek = randomBytes(DEK);
  return { kid: ring.current.id, dek, header: wrapKey(ring, dek) };
}

function sealWith(ring: KeyRing, at: SealedAt, plain: Buffer, key: RowDataKey): Buffer {
  const v = gcmSeal(key.dek, plain, aadOf(at));
  return Buffer.concat([key.header, v.iv, v.tag, v.body]);
}

/** Seals with `key` while the current key-encryption key wrapped it (else a new data key); returns the key used. */
export function sealReusing(ring: KeyRing, at: SealedAt, plain: Buffer, key: RowDataKey | undefined): { sealed: Buffer; key: RowDataKey } {
  const used = key && key.kid === ring.current.id ? key : newDataKey(ring);
  return { sealed: sealWith(ring, at, plain, used), key: used };
}

/** Opens a value, unwrapping its data key only when it is not `known`; returns the value's data key. */
export function openKeeping(
  ring: KeyRing,
  at: SealedAt,
  sealed: Buffer,
  known: RowDataKey | undefined,
): { plain: Buffer; key: RowDataKey } {
  const p = parse(sealed);
  const header = sealed.subarray(0, sealed.length - p.rest.length);
  const key = known && known.header.equals(header) ? known : { kid: p.kid, dek: unwrapKey(ring, p), header: Buffer.from(header) };
  return { plain: openBody(at, key.dek, p), key };
}

export function open(ring: KeyRing, at: SealedAt, sealed: Buffer): Buffer {
  const p = parse(sealed);
  return openBody(at, unwrapKey(ring, p), p);
}

function openBody(at: SealedAt, dek: Buffer, p: Parsed): Buffer {
  try {
    return gcmOpen(dek, p.rest.subarray(0, IV), p.rest.subarray(IV + TAG), p.rest.subarray(IV, IV + TAG), aadOf(at));
  } catch {
    throw new SealedValueError(`sealed value does not open as ${at.table}.${at.column} of row ${at.row} (moved, or altered)`);
  }
}

/** The id of the key that wrapped this value's data key. */
export const keyIdOf = (sealed: Buffer): string => parse(sealed).kid;

/** The same value with its data key wrapped by the current key: the ciphertext itself is unchanged. */
export function rewrap(ring: KeyRing, sealed: Buffer): Buffer {
  const p = parse(sealed);
  if (p.kid === ring.current.id) return sealed;
  return Buffer.concat([wrapKey(ring, unwrapKey(ring, p)), p.rest]);
}
