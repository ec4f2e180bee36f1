import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVerb, parseCardAction, VERBS, type Verb } from '../../cards/verbs';
import { buildRoutes } from '../../src/teams/commands';
import { importRoutes, type ImportDeps } from '../../src/teams/features/import/importFlow';
import { RoutingTable } from '../../src/teams/routes';
import type { ServiceContext } from '../../src/services/context';

const cardsDir = join(process.cwd(), 'cards');

/** Every verb a card names literally: `"verb": "x"` in templates, `verb: 'x'` in render functions. */
function verbsNamedByCards(): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(cardsDir)) {
    if (file === 'verbs.ts') continue;
    const text = readFileSync(join(cardsDir, file), 'utf8');
    for (const m of text.matchAll(/"verb":\s*"([^"$]+)"|verb:\s*'([^']+)'/g)) found.add((m[1] ?? m[2])!);
  }
  return [...found].sort();
}

function table(): RoutingTable {
  const ctx = {} as ServiceContext;
  const routes: RoutingTable = new RoutingTable(
    buildRoutes({ ctx, table: () => routes, thumbnailUrl: () => undefined, extra: importRoutes({ ctx } as ImportDeps) }),
  );
  return routes;
}

describe('the verb table', () => {
  it('holds every verb the cards name (photo.upload is a task-module fetch, not a card action)', () => {
    expect(verbsNamedByCards().filter((v) => v !== 'photo.upload' && !isVerb(v))).toEqual([]);
    expect(verbsNamedByCards().length).toBeGreaterThan(15);
  });

  it('gives every verb exactly one route', () => {
    expect(table().unhandled(Object.keys(VERBS) as Verb[])).toEqual([]);
    const ctx = {} as ServiceContext;
    const twice = [
      ...buildRoutes({ ctx, table: () => undefined as never, thumbnailUrl: () => undefined }),
      { name: 'again', verbs: ['cart.remove' as const], handle: async () => undefined },
    ];
    expect(() => new RoutingTable(twice)).toThrow(/cart.remove is registered twice/);
  });

  it('parses the data before any handler runs, and says why not without echoing values', () => {
    expect(parseCardAction({ action: { verb: 'cart.remove', data: { itemId: 'i1', page: '2', extra: 'x' } } })).toEqual({
      ok: true,
      action: { verb: 'cart.remove', data: { itemId: 'i1', page: 2 } },
    });
    const bad = parseCardAction({
      action: { verb: 'approval.decide', data: { itemId: 'i1', round: 'x', decision: 'approve', reason: '19900101-1239' } },
    });
    expect(bad).toMatchObject({ ok: false, reason: expect.stringContaining('round') });
    expect(JSON.stringify(bad)).not.toContain('1239');
    expect(parseCardAction({ action: { verb: 'cart.nuke', data: {} } })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unknown verb'),
    });
    expect(parseCardAction(undefined)).toMatchObject({ ok: false });
  });
});
