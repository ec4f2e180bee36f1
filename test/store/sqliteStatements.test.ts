import { afterEach, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/store/sqlite/db';
import { companies } from '../../src/store/schema';

let close: (() => void) | undefined;
afterEach(() => close?.());

const open = () => {
  const opened = openDatabase(':memory:');
  close = () => opened.sqlite.close();
  return opened;
};

it('prepares a SQL text once and hands the same statement out again, set back to object rows', () => {
  const { sqlite } = open();
  const first = sqlite.prepare('SELECT 1 AS one');
  expect(first.raw().get()).toEqual([1]);
  const again = sqlite.prepare('SELECT 1 AS one');
  expect(again).toBe(first);
  expect(again.get()).toEqual({ one: 1 });
});

it('gives a fresh statement while the cached one is busy iterating', () => {
  const { sqlite } = open();
  const rows = sqlite.prepare('SELECT value FROM json_each(?)');
  const seen: unknown[] = [];
  for (const row of rows.iterate('[1,2]') as Iterable<{ value: number }>) {
    const inner = sqlite.prepare('SELECT value FROM json_each(?)');
    expect(inner).not.toBe(rows);
    seen.push(
      row.value,
      (inner.all('[9]') as { value: number }[]).map((r) => r.value),
    );
  }
  expect(seen).toEqual([1, [9], 2, [9]]);
});

it("drizzle's mapped rows and the statement count are unchanged on reused statements", () => {
  const { db, statements } = open();
  db.insert(companies)
    .values({ id: 'c1', tenantId: 't', name: 'Bygg AB', orgNumber: null, createdAt: new Date(0) })
    .run();
  const before = statements();
  // select() maps raw rows, get() of a plain query reads objects: both from one cached statement per text.
  for (let i = 0; i < 3; i++) expect(db.select().from(companies).where(eq(companies.id, 'c1')).get()?.name).toBe('Bygg AB');
  expect(statements() - before).toBe(3);
});
