import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseKeyRing, type KeyRing } from './keyRing';

const FILE = 'development-data-keys.json';

/**
 * Local mode without DATA_KEYS: keys kept in a file beside the database, created on first start
 * (exclusively, so two local instances starting together end up with the same keys). Production
 * refuses to start without configured keys (src/config.ts).
 */
export function developmentKeys(dir: string): { keys: KeyRing; path: string; created: boolean } {
  const path = join(dir, FILE);
  let created = false;
  mkdirSync(dir, { recursive: true });
  try {
    const fresh = {
      dataKeyId: 'dev1',
      dataKeys: `dev1:${randomBytes(32).toString('base64')}`,
      indexKey: randomBytes(32).toString('base64'),
    };
    writeFileSync(path, JSON.stringify(fresh, null, 2), { flag: 'wx', mode: 0o600 });
    created = true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return { keys: parseKeyRing(JSON.parse(readFileSync(path, 'utf8'))), path, created };
}
