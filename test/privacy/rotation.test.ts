import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldCipher, randomKeyRing, withCurrentKey, type KeyRing } from '../../src/crypto';
import type { Store } from '../../src/store/ports';
import { connect, createPostgresStore } from '../../src/store/postgres';
import { pgRows, rotateKeys, SEALED, sqliteRows, type RawRows } from '../../src/store/rotateKeys';
import { createSqliteStore } from '../../src/store/sqlite';
import { fileDatabaseUrl, truncateAll } from '../support/pgDatabase';
import { BACKENDS } from '../support/stores';
import { tempDir } from '../support/tmp';

interface Opened {
  open(keys: KeyRing): Promise<Store>;
  rows(): { rows: RawRows; close(): Promise<void> };
  cleanup(): void;
}

async function backend(name: string): Promise<Opened> {
  if (name === 'sqlite') {
    const dir = tempDir('id06-rotate-');
    const path = dir.file('store.sqlite');
    return {
      open: async (keys) => createSqliteStore(path, undefined, keys),
      rows() {
        const sqlite = new Database(path);
        return { rows: sqliteRows(sqlite), close: async () => void sqlite.close() };
      },
      cleanup: () => dir.cleanup(),
    };
  }
  const url = await fileDatabaseUrl();
  await truncateAll(url);
  return {
    open: (keys) => createPostgresStore(url, { migrate: false, keys }),
    rows() {
      const { pool } = connect(url);
      return { rows: pgRows(pool), close: () => pool.end() };
    },
    cleanup: () => undefined,
  };
}

/** The key ids of every sealed value stored, per table. */
async function keyIdsOf(rows: RawRows, keys: KeyRing): Promise<Set<string | null>> {
  const cipher = fieldCipher(keys);
  const ids = new Set<string | null>();
  for (const t of SEALED) {
    for (const row of await rows.page(t, null, 10_000)) {
      for (const [column, kind] of Object.entries(t.columns)) {
        const value = row[column];
        if (value === null || (Array.isArray(value) && value.length === 0)) continue;
        ids.add(cipher.keyIdOfStored(kind === 'json-list' ? (value as unknown[])[0] : value));
      }
    }
  }
  return ids;
}

const stores: Store[] = [];
afterEach(async () => void (await Promise.all(stores.splice(0).map((s) => s.close()))));

describe.each(BACKENDS)('npm run keys:rotate [%s]', (name) => {
  it('moves every sealed value to the current key, resumes after an interruption, and the old key can then go', async () => {
    const b = await backend(name);
    const oldRing = randomKeyRing('2025');
    const first = await b.open(oldRing);
    stores.push(first);
    const { person } = await first.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a1' });
    const company = await first.companies.create({ tenantId: 't1', name: 'Bygg AB', orgNumber: null });
    const owner = { companyId: company.id, ordererId: person.id };
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(200)]);
    const photo = await first.photos.save({ ownerPersonId: person.id, jpeg, thumbnail: jpeg.subarray(0, 50), findings: [] });
    const items = [];
    for (const n of ['199001011239', '198502022380', '200001012383']) {
      items.push(
        (
          await first.cart.add(owner, {
            firstName: 'A',
            lastName: 'B',
            nationality: 'SE',
            identityScheme: 'se-personnummer',
            identityNumber: n,
            coordinationNumber: null,
            dateOfBirth: null,
            email: 'a@example.com',
            mobile: '+46701234567',
            cardType: 'standard',
            hasBankId: true,
            manualIdVerification: false,
            photoId: photo.id,
          })
        ).item,
      );
    }
    await first.botState.write({ 'conv/draft': { answers: { identity: '19900101-1239' } } });
    await first.outbox.enqueue([
      { eventId: 'e1', recipient: { kind: 'person', id: person.id }, tenantId: 't1', payload: { kind: 'text', text: 'hello' } },
    ]);
    await first.close();

    const newRing = withCurrentKey(oldRing, { id: '2026', key: randomBytes(32) });
    const raw = b.rows();
    try {
      expect(await keyIdsOf(raw.rows, newRing)).toEqual(new Set(['2025']));
      // Interrupted after its first batch of two rows...
      await expect(
        rotateKeys(raw.rows, fieldCipher(newRing), { batch: 2, onBatch: () => Promise.reject(new Error('power cut')) }),
      ).rejects.toThrow('power cut');
      expect(await keyIdsOf(raw.rows, newRing)).toEqual(new Set(['2025', '2026']));
      // ...and run again: it finishes, touching only what was left.
      const moved = await rotateKeys(raw.rows, fieldCipher(newRing), { batch: 2 });
      expect(moved).toEqual({ cart_items: 1, order_items: 0, photos: 1, bot_state: 1, import_jobs: 0, outbox: 1, import_checks: 0 });
      expect(await keyIdsOf(raw.rows, newRing)).toEqual(new Set(['2026']));
      expect(await rotateKeys(raw.rows, fieldCipher(newRing))).toEqual({
        cart_items: 0,
        order_items: 0,
        photos: 0,
        bot_state: 0,
        import_jobs: 0,
        outbox: 0,
        import_checks: 0,
      });
    } finally {
      await raw.close();
    }

    // Without the old key, everything still opens.
    const onlyNew = { ...newRing, byId: new Map([['2026', newRing.current]]) };
    const after = await b.open(onlyNew);
    stores.push(after);
    expect((await after.cart.list(owner)).map((i) => i.identityNumber)).toEqual(items.map((i) => i.identityNumber));
    expect((await after.photos.get(photo.id))?.jpeg).toEqual(jpeg);
    expect(await after.botState.read(['conv/draft'])).toMatchObject({ 'conv/draft': { answers: { identity: '19900101-1239' } } });
    expect((await after.outbox.list())[0]?.payload).toEqual({ kind: 'text', text: 'hello' });
    b.cleanup();
  });
});
