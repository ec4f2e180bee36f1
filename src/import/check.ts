import { t, type Locale } from '../i18n/index';
import type { RawRow, RowProblem } from './types';

export type RowVerdict<T> = { ok: true; value: T } | { ok: false; problems: RowProblem[] };

export interface CheckOptions<T> {
  /** validations running at once (default 4) */
  concurrency?: number;
  /** called at most every `progressEveryMs` (default 2000) and once at the end */
  onProgress?: (done: number, total: number) => void;
  progressEveryMs?: number;
  /**
   * The person's identity after the validator's normalisation (e.g. 12-digit personnummer),
   * for finding the same person twice in the file. Without it: nationality + the typed number
   * with separators removed.
   */
  dedupeKey?: (value: T, row: RawRow) => string | undefined;
  /** language of the duplicate message (default 'en') */
  locale?: Locale;
}

export type CheckResult<T> = { ready: { row: RawRow; value: T }[]; problems: RowProblem[] };

/**
 * Runs the injected per-row validation with bounded concurrency, keeping sheet order, then flags
 * people who appear twice. A validator that throws (say, the DB is down) fails the whole check.
 */
export async function checkRows<T>(
  rows: RawRow[],
  validate: (row: RawRow) => Promise<RowVerdict<T>>,
  opts: CheckOptions<T> = {},
): Promise<CheckResult<T>> {
  const verdicts = await runBounded(rows, validate, opts);

  const problems: RowProblem[] = [];
  const ready: { row: RawRow; value: T }[] = [];
  const duplicates = findDuplicates(rows, verdicts, opts);
  rows.forEach((row, i) => {
    const verdict = verdicts[i]!;
    if (!verdict.ok) problems.push(...verdict.problems);
    const duplicate = duplicates.get(row.rowNumber);
    if (duplicate) problems.push(duplicate);
    if (verdict.ok && !duplicate) ready.push({ row, value: verdict.value });
  });
  return { ready, problems };
}

async function runBounded<T>(
  rows: RawRow[],
  validate: (row: RawRow) => Promise<RowVerdict<T>>,
  opts: CheckOptions<T>,
): Promise<RowVerdict<T>[]> {
  const verdicts: RowVerdict<T>[] = new Array(rows.length);
  const every = opts.progressEveryMs ?? 2000;
  let next = 0;
  let done = 0;
  let lastReport = Date.now();
  let failed = false;

  const worker = async () => {
    while (!failed && next < rows.length) {
      const i = next++;
      try {
        verdicts[i] = await validate(rows[i]!);
      } catch (err) {
        failed = true;
        throw err;
      }
      done++;
      if (opts.onProgress && done < rows.length && Date.now() - lastReport >= every) {
        lastReport = Date.now();
        opts.onProgress(done, rows.length);
      }
    }
  };
  const width = Math.max(1, Math.min(opts.concurrency ?? 4, rows.length));
  await Promise.all(Array.from({ length: width }, worker));
  opts.onProgress?.(done, rows.length);
  return verdicts;
}

/** Every row of a repeated person gets a problem naming the first other row with that person. */
function findDuplicates<T>(rows: RawRow[], verdicts: RowVerdict<T>[], opts: CheckOptions<T>): Map<number, RowProblem> {
  const byKey = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const verdict = verdicts[i]!;
    const key = opts.dedupeKey ? (verdict.ok ? opts.dedupeKey(verdict.value, row) : undefined) : typedIdentityKey(row);
    if (!key) return;
    byKey.set(key, [...(byKey.get(key) ?? []), row.rowNumber]);
  });
  const found = new Map<number, RowProblem>();
  for (const rowNumbers of byKey.values()) {
    if (rowNumbers.length < 2) continue;
    for (const rowNumber of rowNumbers) {
      const other = rowNumbers.find((n) => n !== rowNumber)!;
      found.set(rowNumber, {
        rowNumber,
        column: 'national_identity_number',
        code: 'duplicate_in_file',
        message: t(opts.locale ?? 'en', 'bulk.row.duplicate_in_file', { other }),
      });
    }
  }
  return found;
}

function typedIdentityKey(row: RawRow): string | undefined {
  const number = (row.values.national_identity_number ?? '').replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  if (!number) return undefined;
  return `${(row.values.nationality ?? '').trim().toUpperCase()}|${number}`;
}
