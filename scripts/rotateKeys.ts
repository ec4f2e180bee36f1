/**
 * `npm run keys:rotate`: moves every sealed value to DATA_KEY_ID (and seals values written before
 * encryption). Configure DATA_KEYS with the new key added and DATA_KEY_ID naming it, run this (the
 * bot may keep running: values on either key open), then drop the old key from DATA_KEYS.
 * Interrupted, it resumes where it stopped when run again.
 */
import { dirname } from 'node:path';
import { loadConfigOrExit } from '../src/config';
import { developmentKeys, fieldCipher } from '../src/crypto';
import { connect, migratePostgres } from '../src/store/postgres';
import { pgRows, rotateKeys, sqliteRows } from '../src/store/rotateKeys';
import { openDatabase } from '../src/store/sqlite/db';

const config = loadConfigOrExit();
const keys = config.keys ?? developmentKeys(dirname(config.databasePath)).keys;
const cipher = fieldCipher(keys);
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const onBatch = (p: { table: string; moved: number }) => log(`${p.table}: ${p.moved} moved so far`);
try {
  let moved: Record<string, number>;
  if (config.databaseUrl) {
    const { pool } = connect(config.databaseUrl);
    try {
      await migratePostgres(pool);
      moved = await rotateKeys(pgRows(pool), cipher, { onBatch });
    } finally {
      await pool.end();
    }
  } else {
    const { sqlite } = openDatabase(config.databasePath);
    try {
      moved = await rotateKeys(sqliteRows(sqlite), cipher, { onBatch });
      // The rewritten pages' old images leave the WAL too.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
  }
  log(
    `every sealed value is on key "${keys.current.id}" (${Object.entries(moved)
      .map(([t, n]) => `${t}: ${n}`)
      .join(', ')})`,
  );
} catch (err) {
  process.stderr.write(`keys:rotate failed: ${(err as Error).message}\n`);
  process.exit(1);
}
