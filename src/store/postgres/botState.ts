import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { ETagConflictError } from '../etagConflict';
import type { KeyValueStorage, StoreItems } from '../ports';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { botStateSealer } from '../sealing';

/**
 * botbuilder `Storage` over bot_state with MemoryStorage's eTag contract, as a real
 * compare-and-set: `UPDATE ... WHERE key = $1 AND etag = $2` changes the row only if nobody
 * (on any instance) wrote it since it was read. One round trip per read or write.
 */
export function pgBotState(pool: pg.Pool, now: () => Date, cipher: FieldCipher): KeyValueStorage {
  const sealer = botStateSealer(cipher);
  const UPSERT =
    'INSERT INTO bot_state (key, doc, etag, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO UPDATE SET doc = excluded.doc, etag = excluded.etag, updated_at = excluded.updated_at';
  const COMPARE_AND_SET = 'UPDATE bot_state SET doc = $1, etag = $2, updated_at = $3 WHERE key = $4 AND etag = $5';
  const INSERT_NEW = 'INSERT INTO bot_state (key, doc, etag, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING';

  const writeOne = async (client: pg.Pool | pg.PoolClient, key: string, item: unknown) => {
    const { eTag, ...doc } = (item ?? {}) as { eTag?: string };
    const json = sealer.seal(key, JSON.stringify(doc));
    const at = now();
    if (eTag === undefined || eTag === '*') {
      await client.query(UPSERT, [key, json, randomUUID(), at]);
      return;
    }
    if ((await client.query(COMPARE_AND_SET, [json, randomUUID(), at, key, eTag])).rowCount === 1) return;
    // No row with that eTag: a new item is written; an existing one with another eTag conflicts.
    if ((await client.query(INSERT_NEW, [key, json, randomUUID(), at])).rowCount === 0) throw new ETagConflictError(key);
  };

  return {
    async read(keys) {
      const items: StoreItems = {};
      if (keys.length === 0) return items;
      const { rows } = await pool.query<{ key: string; doc: string; etag: string }>(
        'SELECT key, doc, etag FROM bot_state WHERE key = ANY($1)',
        [keys],
      );
      for (const row of rows) items[row.key] = { ...JSON.parse(sealer.open(row.key, row.doc)), eTag: row.etag };
      return items;
    },
    async write(changes) {
      const entries = Object.entries(changes);
      if (entries.length === 1) return writeOne(pool, entries[0]![0], entries[0]![1]);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const [key, item] of entries) await writeOne(client, key, item);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async delete(keys) {
      if (keys.length) await pool.query('DELETE FROM bot_state WHERE key = ANY($1)', [keys]);
      for (const key of keys) sealer.forget(key);
    },
  };
}
