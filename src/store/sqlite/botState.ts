import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { ETagConflictError } from '../etagConflict';
import type { KeyValueStorage, StoreItems } from '../ports';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { botStateSealer } from '../sealing';
import { CheckedCache } from '../checkedCache';

/**
 * botbuilder `Storage` over the bot_state table, with MemoryStorage's eTag contract: a new item,
 * `'*'` or no eTag writes; any other eTag must equal the stored one; every write gets a new eTag.
 * A row this instance wrote or opened last is read as its eTag only: while the eTag is the one kept
 * (CheckedCache, 2,000 rows, 15 minutes), no document is fetched and nothing decrypted.
 */
export function sqliteBotState(sqlite: Database.Database, now: () => Date, cipher: FieldCipher): KeyValueStorage {
  const sealer = botStateSealer(cipher);
  const opened = new CheckedCache<string>(2_000, 15 * 60 * 1000);
  const readOne = sqlite.prepare<[string], { doc: string; etag: string }>('SELECT doc, etag FROM bot_state WHERE key = ?');
  const readEtag = sqlite.prepare<[string], { etag: string }>('SELECT etag FROM bot_state WHERE key = ?');
  const stored = (key: string, json: string, etag: string) => {
    opened.set(key, etag, json, now().getTime());
    return etag;
  };
  const upsert = sqlite.prepare(
    'INSERT INTO bot_state (key, doc, etag, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET doc = excluded.doc, etag = excluded.etag, updated_at = excluded.updated_at',
  );
  const remove = sqlite.prepare('DELETE FROM bot_state WHERE key = ?');
  const updateIfMatch = sqlite.prepare('UPDATE bot_state SET doc = ?, etag = ?, updated_at = ? WHERE key = ? AND etag = ?');
  const insertNew = sqlite.prepare('INSERT INTO bot_state (key, doc, etag, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO NOTHING');

  const writeAll = sqlite.transaction((changes: StoreItems) => {
    for (const [key, item] of Object.entries(changes)) {
      const { eTag, ...doc } = (item ?? {}) as { eTag?: string };
      if (eTag !== undefined && eTag !== '*') {
        const current = readEtag.get(key);
        if (current && current.etag !== eTag) throw new ETagConflictError(key);
      }
      const json = JSON.stringify(doc);
      upsert.run(key, sealer.seal(key, json), stored(key, json, randomUUID()), now().getTime());
    }
  });

  return {
    async read(keys) {
      const items: StoreItems = {};
      for (const key of keys) {
        if (opened.has(key)) {
          const current = readEtag.get(key);
          if (!current) {
            opened.delete(key);
            continue;
          }
          const json = opened.get(key, current.etag, now().getTime());
          if (json !== undefined) {
            items[key] = { ...JSON.parse(json), eTag: current.etag };
            continue;
          }
        }
        const row = readOne.get(key);
        if (!row) continue;
        const plain = sealer.open(key, row.doc);
        stored(key, plain, row.etag);
        items[key] = { ...JSON.parse(plain), eTag: row.etag };
      }
      return items;
    },
    async write(changes) {
      const entries = Object.entries(changes);
      const only = entries.length === 1 ? entries[0]! : undefined;
      const eTag = (only?.[1] as { eTag?: string } | undefined)?.eTag;
      if (only) {
        // One item needs no transaction: an upsert, or a compare-and-set on the eTag, is atomic.
        const [key, item] = only;
        const { eTag: _e, ...doc } = (item ?? {}) as { eTag?: string };
        const plain = JSON.stringify(doc);
        const json = sealer.seal(key, plain);
        const at = now().getTime();
        const etag = randomUUID();
        if (eTag === undefined || eTag === '*') upsert.run(key, json, etag, at);
        else if (updateIfMatch.run(json, etag, at, key, eTag).changes !== 1) {
          // No row with that eTag: a new item is written; an existing one with another eTag conflicts.
          if (readEtag.get(key) || insertNew.run(key, json, etag, at).changes === 0) throw new ETagConflictError(key);
        }
        stored(key, plain, etag);
        return;
      }
      writeAll(changes);
    },
    async delete(keys) {
      for (const key of keys) {
        remove.run(key);
        sealer.forget(key);
        opened.delete(key);
      }
    },
  };
}
