import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Vitest global setup: the browser tests use the built tab (dist/tab), as the server ships it.
 * `npm test` builds first; a single test file run builds only when a tab source is newer than the build.
 */
const SOURCES = ['src/tab', 'src/i18n/catalog/tab.ts', 'src/i18n/define.ts', 'src/http/tabContract.ts'];
const BUILT = 'dist/tab/.vite/manifest.json';

const newest = (path: string): number =>
  statSync(path).isDirectory() ? Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name)))) : statSync(path).mtimeMs;

export default function setup(): void {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= Math.max(...SOURCES.map(newest))) return;
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'src/tab/vite.config.ts'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the Orders tab did not build (npm run build:tab)');
}
