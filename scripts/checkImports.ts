import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cycles, importGraph, layerViolations, type LayerRule } from './importGraph';

/**
 * `npm run lint:imports` (also run by the suite, so CI checks it): no import cycles anywhere,
 * type-only imports included, the edge's layer rules, and routes that never read the store.
 */
export const CHECKED_FOLDERS = ['src', 'dialogs', 'cards', 'manifest', 'scripts', 'bench', 'test'];

export const LAYER_RULES: LayerRule[] = [
  { from: 'dialogs/', notInto: ['src/teams/', 'src/http/'], why: 'dialogs handle conversation turns; what both need lives below both' },
  {
    from: 'cards/',
    notInto: ['src/teams/', 'dialogs/', 'src/http/', 'src/services/', 'src/store/'],
    why: 'card templates take their data',
  },
  { from: 'src/services/', notInto: ['src/teams/', 'dialogs/', 'src/http/', 'cards/'], why: 'services know no chat' },
  {
    from: 'src/domain/',
    notInto: ['src/teams/', 'dialogs/', 'src/http/', 'cards/', 'src/services/', 'src/store/'],
    why: 'the domain is pure',
  },
];

/**
 * Route files (`<feature>Routes.ts` in a feature folder): a click or command goes through a service,
 * never straight to the store. A feature's background glue beside them (the import check that
 * resumes after a restart, the photo upload continuation) is not a route and may hold a store port.
 */
export const ROUTE_FOLDERS = ['src/teams/features'];
const ROUTE_FILE = /(^r|R)outes\.ts$/;
const STORE_READ = /\.store\b/;

/** `file:line` of every route file line that touches `ctx.store` (comments included: they would mislead). */
export function storeReadsIn(root: string, folders: readonly string[] = ROUTE_FOLDERS): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (ROUTE_FILE.test(entry.name)) {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach(
            (line, i) => STORE_READ.test(line) && found.push(`${relative(root, path)}:${i + 1}: routes call services, not the store`),
          );
      }
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return found;
}

export function importProblems(root: string): string[] {
  const graph = importGraph(root, CHECKED_FOLDERS);
  return [...cycles(graph).map((c) => `import cycle: ${c.join(' <-> ')}`), ...layerViolations(graph, LAYER_RULES), ...storeReadsIn(root)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = importProblems(process.cwd());
  for (const p of problems) console.error(p);
  console.log(problems.length === 0 ? 'imports: no cycles, layers respected' : `imports: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
