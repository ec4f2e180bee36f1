import { describe, expect, it } from 'vitest';
import { checkRows, type RawRow, type RowVerdict } from '../../src/import/index';

const rows: RawRow[] = ['199001011234', '9001011234', '19850505-4321', '198505054321', '197001011111'].map((id, i) => ({
  rowNumber: i + 2,
  values: { first_name: `P${i}`, national_identity_number: id, nationality: 'SE' },
}));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Stands in for the domain check: 10 digits get the century 19. */
const normalise = async (row: RawRow): Promise<RowVerdict<string>> => {
  const digits = (row.values.national_identity_number ?? '').replace(/\D/g, '');
  return { ok: true, value: digits.length === 10 ? `19${digits}` : digits };
};

describe('checkRows', () => {
  it('keeps sheet order and never runs more than `concurrency` validations at once', async () => {
    let running = 0;
    let peak = 0;
    const many: RawRow[] = Array.from({ length: 20 }, (_, i) => ({ rowNumber: i + 2, values: { national_identity_number: String(i) } }));
    const result = await checkRows(
      many,
      async (row) => {
        peak = Math.max(peak, ++running);
        await sleep(Math.random() * 10);
        running--;
        return { ok: true, value: row.rowNumber };
      },
      { concurrency: 3 },
    );
    expect(peak).toBe(3);
    expect(result.ready.map((r) => r.value)).toEqual(many.map((r) => r.rowNumber));
  });

  it('flags people who appear twice after normalisation, each row naming the other', async () => {
    const result = await checkRows(rows, normalise, { dedupeKey: (id) => id });
    expect(result.ready.map((r) => r.row.rowNumber)).toEqual([6]);
    const dupes = result.problems.filter((p) => p.code === 'duplicate_in_file');
    expect(dupes.map((p) => [p.rowNumber, p.column])).toEqual([
      [2, 'national_identity_number'],
      [3, 'national_identity_number'],
      [4, 'national_identity_number'],
      [5, 'national_identity_number'],
    ]);
    expect(dupes[0]!.message).toBe('The same person (identity number) is also on row 3. Keep one of the rows.');
    expect(dupes[3]!.message).toContain('row 4');
  });

  it('without a dedupeKey compares the typed numbers, separators ignored, in Swedish when asked', async () => {
    const result = await checkRows(rows, normalise, { locale: 'sv' });
    expect(result.problems.map((p) => p.rowNumber)).toEqual([4, 5]);
    expect(result.problems[0]!.message).toContain('rad 5');
  });

  it('passes the validator problems through and keeps failed rows out of ready', async () => {
    const result = await checkRows(rows.slice(0, 2), async (row) =>
      row.rowNumber === 2
        ? {
            ok: false,
            problems: [{ rowNumber: 2, column: 'national_identity_number', code: 'bad_check_digit', message: 'Wrong check digit' }],
          }
        : { ok: true, value: 'x' },
    );
    expect(result.problems).toEqual([
      { rowNumber: 2, column: 'national_identity_number', code: 'bad_check_digit', message: 'Wrong check digit' },
    ]);
    expect(result.ready.map((r) => r.row.rowNumber)).toEqual([3]);
  });

  it('reports progress at most every progressEveryMs, and once at the end', async () => {
    const ten: RawRow[] = Array.from({ length: 10 }, (_, i) => ({ rowNumber: i + 2, values: {} }));
    const calls: { done: number; at: number }[] = [];
    const start = Date.now();
    await checkRows(
      ten,
      async () => {
        await sleep(25);
        return { ok: true, value: 1 };
      },
      {
        concurrency: 1,
        progressEveryMs: 80,
        onProgress: (done) => calls.push({ done, at: Date.now() - start }),
      },
    );
    expect(calls.at(-1)!.done).toBe(10);
    const intermediate = calls.slice(0, -1);
    expect(intermediate.length).toBeGreaterThanOrEqual(1);
    expect(intermediate.length).toBeLessThanOrEqual(Math.floor(calls.at(-1)!.at / 80));
    expect(intermediate.length).toBeLessThan(9); // not once per row
    intermediate.forEach((c, i) => expect(c.at - (i === 0 ? 0 : intermediate[i - 1]!.at)).toBeGreaterThanOrEqual(78));

    const once: number[][] = [];
    await checkRows(ten, normalise, { onProgress: (done, total) => once.push([done, total]) });
    expect(once).toEqual([[10, 10]]);
  });

  it('a validator that throws (say, the DB is down) fails the whole check', async () => {
    await expect(
      checkRows(rows, async () => {
        throw new Error('db down');
      }),
    ).rejects.toThrow('db down');
  });

  it('no rows: nothing ready, progress reported once', async () => {
    const seen: number[][] = [];
    expect(await checkRows([], normalise, { onProgress: (d, t) => seen.push([d, t]) })).toEqual({ ready: [], problems: [] });
    expect(seen).toEqual([[0, 0]]);
  });
});
