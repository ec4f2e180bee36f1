import { describe, expect, it } from 'vitest';
import { fieldCipher, KeyConfigError, parseKeyRing, randomKeyRing, SealedValueError, withCurrentKey } from '../../src/crypto';
import { randomBytes } from 'node:crypto';

const at = { table: 'cart_items', column: 'identity_number', row: 'item-1' };
const b64 = () => randomBytes(32).toString('base64');

describe('envelope encryption (AES-256-GCM, a data key per value)', () => {
  it('seals text, JSON and bytes so they open only where they were written', () => {
    const cipher = fieldCipher(randomKeyRing());
    const sealed = cipher.sealText(at, '199001011239');
    expect(sealed).toMatch(/^enc1:/);
    expect(sealed).not.toContain('199001011239');
    expect(cipher.openText(at, sealed)).toBe('199001011239');
    // Two seals of the same value differ (fresh data key and IV each time).
    expect(cipher.sealText(at, '199001011239')).not.toBe(sealed);
    for (const moved of [
      { ...at, row: 'item-2' },
      { ...at, column: 'coordination_number' },
      { ...at, table: 'order_items' },
    ]) {
      expect(() => cipher.openText(moved, sealed)).toThrow(SealedValueError);
    }
    const json = cipher.sealJson(at, { kind: 'card', n: 1 });
    expect(cipher.openJson(at, json)).toEqual({ kind: 'card', n: 1 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 1, 2, 3]);
    const bytes = cipher.sealBytes(at, jpeg);
    expect(bytes.includes(jpeg.subarray(0, 4))).toBe(false);
    expect(cipher.openBytes(at, bytes)).toEqual(jpeg);
  });

  it('refuses an altered ciphertext and a value wrapped by a key it does not have', () => {
    const ring = randomKeyRing();
    const cipher = fieldCipher(ring);
    const bytes = cipher.sealBytes(at, Buffer.from('photo'));
    const altered = Buffer.from(bytes);
    altered[altered.length - 1]! ^= 1;
    expect(() => cipher.openBytes(at, altered)).toThrow(SealedValueError);
    expect(() => fieldCipher(randomKeyRing('other')).openBytes(at, bytes)).toThrow(/key "k1", which is not in DATA_KEYS/);
  });

  it('rotation rewraps the data key under the current key, keeps the ciphertext, and seals clear values', () => {
    const old = randomKeyRing('old');
    const sealed = fieldCipher(old).sealText(at, '199001011239');
    const ring = withCurrentKey(old, { id: 'new', key: randomBytes(32) });
    const cipher = fieldCipher(ring);
    expect(cipher.keyIdOfStored(sealed)).toBe('old');
    const moved = cipher.rotateStored(at, sealed)!;
    expect(cipher.keyIdOfStored(moved)).toBe('new');
    expect(moved.slice(-40)).toBe(sealed.slice(-40));
    expect(cipher.rotateStored(at, moved)).toBeNull();
    // Once moved, the old key can go.
    expect(fieldCipher({ ...ring, byId: new Map([['new', ring.current]]) }).openText(at, moved)).toBe('199001011239');
    const clear = cipher.rotateStored(at, '199001011239')!;
    expect(cipher.openText(at, clear)).toBe('199001011239');
    expect(cipher.keyIdOfStored(clear)).toBe('new');
  });

  it('the blind index is equal for equal numbers in any written form, and depends on its own key', () => {
    const cipher = fieldCipher(randomKeyRing());
    expect(cipher.identityIndex('SE', '19900101-1239')).toBe(cipher.identityIndex('SE', '199001011239'));
    expect(cipher.identityIndex('SE', '199001011239')).not.toBe(cipher.identityIndex('SE', '199001011240'));
    expect(cipher.identityIndex('SE', '199001011239')).not.toBe(cipher.identityIndex('NO', '199001011239'));
    expect(fieldCipher(randomKeyRing()).identityIndex('SE', '199001011239')).not.toBe(cipher.identityIndex('SE', '199001011239'));
  });
});

describe('a row-keyed column (bot state: one data key per row, kept between its reads and writes)', () => {
  const state = { table: 'bot_state', column: 'doc' };
  /** The envelope header (version, key id, wrapped data key) of a sealed text value. */
  const headerOf = (sealed: string) =>
    Buffer.from(sealed.slice('enc1:'.length), 'base64')
      .subarray(0, 2 + 2 + 12 + 32 + 16)
      .toString('hex');

  it('reuses the row data key with a fresh IV, and every value still opens with the plain cipher', () => {
    const cipher = fieldCipher(randomKeyRing());
    const column = cipher.rowKeyedText(state.table, state.column, 10);
    const first = column.seal('conv-1', '{"step":1}');
    const second = column.seal('conv-1', '{"step":1}');
    expect(second).not.toBe(first);
    expect(headerOf(second)).toBe(headerOf(first));
    expect(headerOf(column.seal('conv-2', '{"step":1}'))).not.toBe(headerOf(first));
    expect(cipher.openText({ ...state, row: 'conv-1' }, second)).toBe('{"step":1}');
    expect(column.open('conv-1', first)).toBe('{"step":1}');
    // Bound to its row: the other row's key and associated data do not open it.
    expect(() => column.open('conv-2', first)).toThrow(SealedValueError);
    const altered = Buffer.from(second.slice(5), 'base64');
    altered[altered.length - 1]! ^= 1;
    expect(() => column.open('conv-1', `enc1:${altered.toString('base64')}`)).toThrow(SealedValueError);
  });

  it('takes over the key of a value another instance wrote, and a new key after rotation', () => {
    const old = randomKeyRing('old');
    const elsewhere = fieldCipher(old).rowKeyedText(state.table, state.column, 10).seal('conv-1', 'a');
    const here = fieldCipher(old).rowKeyedText(state.table, state.column, 10);
    expect(here.open('conv-1', elsewhere)).toBe('a');
    expect(headerOf(here.seal('conv-1', 'b'))).toBe(headerOf(elsewhere));
    const rotated = fieldCipher(withCurrentKey(old, { id: 'new', key: randomBytes(32) })).rowKeyedText(state.table, state.column, 10);
    expect(rotated.open('conv-1', elsewhere)).toBe('a');
    const after = rotated.seal('conv-1', 'c');
    expect(fieldCipher(withCurrentKey(old, { id: 'new', key: randomBytes(32) })).keyIdOfStored(after)).toBe('new');
    expect(rotated.open('conv-1', rotated.seal('conv-1', 'd'))).toBe('d');
  });

  it('gives every value its own IV, across refills of the IV pool', () => {
    const column = fieldCipher(randomKeyRing()).rowKeyedText(state.table, state.column, 10);
    const ivs = new Set<string>();
    for (let i = 0; i < 1500; i++) {
      const sealed = Buffer.from(column.seal('conv-1', `{"n":${i}}`).slice(5), 'base64');
      ivs.add(sealed.subarray(2 + 2 + 12 + 32 + 16, 2 + 2 + 12 + 32 + 16 + 12).toString('hex'));
      if (i % 500 === 0) expect(column.open('conv-1', `enc1:${sealed.toString('base64')}`)).toBe(`{"n":${i}}`);
    }
    expect(ivs.size).toBe(1500);
  });

  it('remembers at most its limit of rows and forgets a deleted row', () => {
    const column = fieldCipher(randomKeyRing()).rowKeyedText(state.table, state.column, 2);
    const a = column.seal('a', '1');
    column.seal('b', '1');
    column.seal('c', '1');
    expect(headerOf(column.seal('a', '1'))).not.toBe(headerOf(a));
    const c = column.seal('c', '2');
    column.forget('c');
    expect(headerOf(column.seal('c', '3'))).not.toBe(headerOf(c));
    expect(column.open('x', 'clear, written before encryption')).toBe('clear, written before encryption');
  });
});

describe('DATA_KEYS, DATA_KEY_ID, DATA_INDEX_KEY', () => {
  it('parses id:base64 lists and picks the current key', () => {
    const ring = parseKeyRing({ dataKeys: `2025:${b64()}, 2026:${b64()}`, dataKeyId: '2026', indexKey: b64() });
    expect(ring.current.id).toBe('2026');
    expect([...ring.byId.keys()]).toEqual(['2025', '2026']);
  });
  it.each([
    [{ dataKeys: '', dataKeyId: 'a' }, /DATA_KEYS must list at least one/],
    [{ dataKeys: `a:${b64()}`, dataKeyId: 'b' }, /DATA_KEY_ID "b" is not one of the ids in DATA_KEYS \(a\)/],
    [{ dataKeys: 'a:c2hvcnQ=', dataKeyId: 'a' }, /DATA_KEYS \(key "a"\) must be a base64-encoded 32-byte key/],
    [{ dataKeys: `a:${b64()},a:${b64()}`, dataKeyId: 'a' }, /lists key id "a" twice/],
    [{ dataKeys: b64(), dataKeyId: 'a' }, /comma-separated list of id:base64/],
  ])('refuses %o', (env, message) => {
    expect(() => parseKeyRing({ indexKey: b64(), ...env })).toThrow(KeyConfigError);
    expect(() => parseKeyRing({ indexKey: b64(), ...env })).toThrow(message);
  });
  it('refuses a short index key', () => {
    expect(() => parseKeyRing({ dataKeys: `a:${b64()}`, dataKeyId: 'a', indexKey: 'abc' })).toThrow(
      /DATA_INDEX_KEY must be a base64-encoded 32-byte key/,
    );
  });
});

describe('development keys (local mode without DATA_KEYS)', () => {
  it('are created once beside the database and read back the same afterwards', async () => {
    const { developmentKeys } = await import('../../src/crypto');
    const { tempDir } = await import('../support/tmp');
    const dir = tempDir('id06-devkeys-');
    try {
      const first = developmentKeys(dir.path);
      expect(first.created).toBe(true);
      const again = developmentKeys(dir.path);
      expect(again.created).toBe(false);
      expect(again.path).toBe(first.path);
      const sealed = fieldCipher(first.keys).sealText(at, '199001011239');
      expect(fieldCipher(again.keys).openText(at, sealed)).toBe('199001011239');
    } finally {
      dir.cleanup();
    }
  });
});
