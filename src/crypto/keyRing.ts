import { randomBytes } from 'node:crypto';

/** A key-encryption key (KEK) with the id written next to every data key it wraps. */
export interface DataKey {
  id: string;
  key: Buffer;
}

/**
 * The configured keys: `current` wraps every new data key; the others stay to open what they
 * wrapped until `npm run keys:rotate` has moved it to the current one. `indexKey` is the blind
 * index's own HMAC key (lookups without decrypting), never used for encryption.
 */
export interface KeyRing {
  current: DataKey;
  byId: ReadonlyMap<string, DataKey>;
  indexKey: Buffer;
}

export class KeyConfigError extends Error {}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

function decodeKey(name: string, value: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32 || key.toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, '')) {
    throw new KeyConfigError(`${name} must be a base64-encoded 32-byte key (openssl rand -base64 32)`);
  }
  return key;
}

/** Parses `DATA_KEYS` (`id:base64,id:base64`), `DATA_KEY_ID` and `DATA_INDEX_KEY`; errors name the variable, never a key. */
export function parseKeyRing(env: { dataKeys: string; dataKeyId: string; indexKey: string }): KeyRing {
  const byId = new Map<string, DataKey>();
  for (const entry of env.dataKeys
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = entry.indexOf(':');
    const id = at > 0 ? entry.slice(0, at) : '';
    if (!KEY_ID.test(id))
      throw new KeyConfigError('DATA_KEYS must be a comma-separated list of id:base64 (ids of letters, digits, _ or -)');
    if (byId.has(id)) throw new KeyConfigError(`DATA_KEYS lists key id "${id}" twice`);
    byId.set(id, { id, key: decodeKey(`DATA_KEYS (key "${id}")`, entry.slice(at + 1)) });
  }
  if (byId.size === 0) throw new KeyConfigError('DATA_KEYS must list at least one id:base64 key');
  const current = byId.get(env.dataKeyId);
  if (!current)
    throw new KeyConfigError(`DATA_KEY_ID "${env.dataKeyId}" is not one of the ids in DATA_KEYS (${[...byId.keys()].join(', ')})`);
  return { current, byId, indexKey: decodeKey('DATA_INDEX_KEY', env.indexKey) };
}

/** A ring of fresh random keys: for tests and for a store opened without configured keys. */
export function randomKeyRing(id = 'k1'): KeyRing {
  const current = { id, key: randomBytes(32) };
  return { current, byId: new Map([[id, current]]), indexKey: randomBytes(32) };
}

/** The same ring with another current key added (what an operator does before `keys:rotate`). */
export function withCurrentKey(ring: KeyRing, key: DataKey): KeyRing {
  return { ...ring, current: key, byId: new Map([...ring.byId, [key.id, key]]) };
}
