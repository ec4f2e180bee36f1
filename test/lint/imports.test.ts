import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importProblems, storeReadsIn } from '../../scripts/checkImports';
import { cycles, importSpecifiers, layerViolations, type ImportGraph } from '../../scripts/importGraph';

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

describe('import graph checks', () => {
  it('finds every knot, type-only imports included, and leaves a tree alone', () => {
    const found = cycles(graphOf({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['d.ts'], 'e.ts': ['a.ts'], 'f.ts': [] }));
    expect(found).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
    expect(cycles(graphOf({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });

  it('reads type-only, re-export and dynamic imports, not package imports', () => {
    const text = [
      "import type { A } from './a';",
      "export { B } from '../b';",
      "const c = await import('./c');",
      "import { z } from 'zod';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', '../b', './c']);
  });

  it('names an import that points up a layer', () => {
    const graph = graphOf({ 'dialogs/x.ts': ['src/teams/y.ts', 'src/i18n/z.ts'] });
    expect(layerViolations(graph, [{ from: 'dialogs/', notInto: ['src/teams/'], why: 'up' }])).toEqual([
      'dialogs/x.ts -> src/teams/y.ts (up)',
    ]);
  });

  it('names a route file line that reads the store', () => {
    const root = mkdtempSync(join(tmpdir(), 'routes-'));
    try {
      mkdirSync(join(root, 'src/teams/features/cart'), { recursive: true });
      writeFileSync(join(root, 'src/teams/features/cart/cartRoutes.ts'), 'const a = 1;\nconst b = await ctx.store.cart.list(owner);\n');
      writeFileSync(join(root, 'src/teams/features/cart/cartResume.ts'), 'const jobs = await ctx.store.importChecks.list();\n');
      writeFileSync(join(root, 'src/teams/features/cart/clean.ts'), 'const c = await viewCart({ ctx, actor });\n');
      expect(storeReadsIn(root)).toEqual(['src/teams/features/cart/cartRoutes.ts:2: routes call services, not the store']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the project has no import cycle, keeps its layers, and no route reads the store', () => {
    expect(importProblems(process.cwd())).toEqual([]);
  });
});
