import type Database from 'better-sqlite3';
import type pg from 'pg';
import type { FieldCipher } from '../crypto/fieldCipher';

type Kind = 'text' | 'bytes' | 'json-list' | 'json';
interface SealedTable {
  table: string;
  key: string;
  columns: Record<string, Kind>;
  /** Cardholder rows also get their blind index (rows written before encryption have none). */
  cardholder?: boolean;
}

/** Every sealed column (src/store/sealing.ts), and the key that binds it to its row. */
export const SEALED: SealedTable[] = [
  { table: 'cart_items', key: 'id', columns: { identity_number: 'text', coordination_number: 'text' }, cardholder: true },
  { table: 'order_items', key: 'id', columns: { identity_number: 'text', coordination_number: 'text' }, cardholder: true },
  { table: 'photos', key: 'id', columns: { jpeg: 'bytes', thumbnail: 'bytes' } },
  { table: 'bot_state', key: 'key', columns: { doc: 'text' } },
  { table: 'import_jobs', key: 'id', columns: { ready_rows: 'json-list', problems: 'json-list', report: 'bytes' } },
  { table: 'outbox', key: 'id', columns: { payload: 'json' } },
  { table: 'import_checks', key: 'id', columns: { file: 'bytes' } },
];

/** Row access both dialects give the rotation: pages in key order, one row updated at a time. */
export interface RawRows {
  page(t: SealedTable, after: string | null, limit: number): Promise<Record<string, unknown>[]>;
  update(t: SealedTable, key: string, set: Record<string, unknown>): Promise<void>;
}

export function sqliteRows(sqlite: Database.Database): RawRows {
  const jsonIn = (t: SealedTable, row: Record<string, unknown>) => {
    for (const [c, kind] of Object.entries(t.columns))
      if (kind.startsWith('json') && typeof row[c] === 'string') row[c] = JSON.parse(row[c] as string);
    return row;
  };
  return {
    async page(t, after, limit) {
      const cols = [t.key, ...Object.keys(t.columns), ...(t.cardholder ? ['nationality', 'identity_index'] : [])].join(', ');
      const rows = sqlite
        .prepare(`SELECT ${cols} FROM ${t.table} WHERE ? IS NULL OR ${t.key} > ? ORDER BY ${t.key} LIMIT ?`)
        .all(after, after, limit) as Record<string, unknown>[];
      return rows.map((r) => jsonIn(t, r));
    },
    async update(t, key, set) {
      const names = Object.keys(set);
      const values = names.map((c) => (t.columns[c]?.startsWith('json') ? JSON.stringify(set[c]) : set[c]));
      sqlite.prepare(`UPDATE ${t.table} SET ${names.map((c) => `${c} = ?`).join(', ')} WHERE ${t.key} = ?`).run(...values, key);
    },
  };
}

export function pgRows(pool: pg.Pool): RawRows {
  return {
    async page(t, after, limit) {
      const cols = [t.key, ...Object.keys(t.columns), ...(t.cardholder ? ['nationality', 'identity_index'] : [])].join(', ');
      return (
        await pool.query(`SELECT ${cols} FROM ${t.table} WHERE $1::text IS NULL OR ${t.key} > $1 ORDER BY ${t.key} LIMIT $2`, [
          after,
          limit,
        ])
      ).rows;
    },
    async update(t, key, set) {
      const names = Object.keys(set);
      const values = names.map((c) => (t.columns[c]?.startsWith('json') ? JSON.stringify(set[c]) : set[c]));
      await pool.query(
        `UPDATE ${t.table} SET ${names.map((c, i) => `${c} = $${i + 1}`).join(', ')} WHERE ${t.key} = $${names.length + 1}`,
        [...values, key],
      );
    },
  };
}

export interface RotationProgress {
  table: string;
  moved: number;
}

/**
 * Moves every sealed value to the current key (rewrapping its data key; a clear value written
 * before encryption is sealed) and fills missing blind indexes. Each row is its own update and a
 * row already on the current key is left alone, so an interrupted run is resumed by running again.
 */
export async function rotateKeys(
  rows: RawRows,
  cipher: FieldCipher,
  opts: { batch?: number; onBatch?(p: RotationProgress): void | Promise<void> } = {},
): Promise<Record<string, number>> {
  const batch = opts.batch ?? 200;
  const moved: Record<string, number> = {};
  for (const t of SEALED) {
    moved[t.table] = 0;
    let after: string | null = null;
    for (;;) {
      const page = await rows.page(t, after, batch);
      if (page.length === 0) break;
      for (const row of page) {
        const id = String(row[t.key]);
        const set: Record<string, unknown> = {};
        for (const [column, kind] of Object.entries(t.columns)) {
          const at = { table: t.table, column, row: id };
          const value = row[column];
          if (value === null || value === undefined) continue;
          if (kind === 'json-list') {
            const list = value as unknown[];
            if (list.length === 0) continue;
            // The sealed form is a one-element list; a longer (clear) list is sealed whole.
            const next = list.length === 1 ? cipher.rotateStored(at, list[0]) : cipher.sealJson(at, list);
            if (next !== null) set[column] = [next];
          } else {
            const next = cipher.rotateStored(at, Buffer.isBuffer(value) || typeof value === 'string' ? value : value);
            if (next !== null) set[column] = next;
          }
        }
        if (t.cardholder && !row.identity_index) {
          const number = cipher.openText({ table: t.table, column: 'identity_number', row: id }, row.identity_number as string);
          set.identity_index = cipher.identityIndex(String(row.nationality), number);
        }
        if (Object.keys(set).length > 0) {
          await rows.update(t, id, set);
          moved[t.table]!++;
        }
      }
      after = String(page.at(-1)![t.key]);
      await opts.onBatch?.({ table: t.table, moved: moved[t.table]! });
    }
  }
  return moved;
}
