import { cycles, importGraph, layerViolations, type LayerRule } from './importGraph';

/**
 * `npm run lint:imports` (also run by the suite, so CI checks it): no import cycles anywhere,
 * type-only imports included, and the edge's layer rules.
 */
export const CHECKED_FOLDERS = ['src', 'dialogs', 'cards', 'manifest', 'scripts', 'bench', 'test'];

export const LAYER_RULES: LayerRule[] = [
  { from: 'dialogs/', notInto: ['src/teams/', 'src/http/'], why: 'dialogs handle conversation turns; what both need lives below both' },
  { from: 'cards/', notInto: ['src/teams/', 'dialogs/', 'src/http/', 'src/services/', 'src/store/'], why: 'card templates take their data' },
  { from: 'src/services/', notInto: ['src/teams/', 'dialogs/', 'src/http/', 'cards/'], why: 'services know no chat' },
  { from: 'src/domain/', notInto: ['src/teams/', 'dialogs/', 'src/http/', 'cards/', 'src/services/', 'src/store/'], why: 'the domain is pure' },
];

export function importProblems(root: string): string[] {
  const graph = importGraph(root, CHECKED_FOLDERS);
  return [...cycles(graph).map((c) => `import cycle: ${c.join(' <-> ')}`), ...layerViolations(graph, LAYER_RULES)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = importProblems(process.cwd());
  for (const p of problems) console.error(p);
  console.log(problems.length === 0 ? 'imports: no cycles, layers respected' : `imports: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
