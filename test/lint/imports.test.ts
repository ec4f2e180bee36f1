import { describe, expect, it } from 'vitest';
import { importProblems } from '../../scripts/checkImports';
import { cycles, importSpecifiers, layerViolations, type ImportGraph } from '../../scripts/importGraph';

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe('import graph checks', () => {
  it('finds every knot, type-only imports included, and leaves a tree alone', () => {
    const found = cycles(graphOf({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['d.ts'], 'e.ts': ['a.ts'], 'f.ts': [] }));
    expect(found).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
    expect(cycles(graphOf({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });

  it('reads type-only, re-export and dynamic imports, not package imports', () => {
    const text = ["import type { A } from './a';", "export { B } from '../b';", "const c = await import('./c');", "import { z } from 'zod';"].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '../b', './c']);
  });

  it('names an import that points up a layer', () => {
    const graph = graphOf({ 'dialogs/x.ts': ['src/teams/y.ts', 'src/i18n/z.ts'] });
    expect(layerViolations(graph, [{ from: 'dialogs/', notInto: ['src/teams/'], why: 'up' }])).toEqual(['dialogs/x.ts -> src/teams/y.ts (up)']);
  });

  it('the project has no import cycle and keeps its layers', () => {
    expect(importProblems(process.cwd())).toEqual([]);
  });
});
