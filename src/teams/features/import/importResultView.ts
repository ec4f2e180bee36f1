import type { ImportResultView } from '../../../../cards/importCards';
import type { Translate } from '../../../i18n';
import { escapeMarkdown } from '../../../i18n/markdown';
import type { ImportCheckResult } from '../../../services/import/checkImport';

const SHOWN_PROBLEMS = 20;
const SHOWN_NAMES = 10;

/** Who is ready, as written in the file: the first ten names, then how many more. */
function readyList(t: Translate, names: string[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, SHOWN_NAMES).map(escapeMarkdown).join(', ');
  return names.length > SHOWN_NAMES
    ? t('bulk.card.ready_names_more', { names: shown, count: names.length - SHOWN_NAMES })
    : t('bulk.card.ready_names', { names: shown });
}

/** What the import result card shows for a checked file (without the file name, which the card already has). */
export function importResultView(
  t: Translate,
  r: ImportCheckResult,
  reportUrl: (jobId: string) => string,
): Omit<ImportResultView, 'fileName'> {
  if (r.fileProblem) return { status: r.fileProblem };
  const problemRows = new Set(r.problems.map((p) => p.rowNumber)).size;
  return {
    status: [
      r.ready > 0 ? t('bulk.card.checked', { count: r.totalRows }) : t('bulk.card.nothing_ready'),
      r.exampleRows.length > 0 ? t('bulk.card.example_skipped', { rows: r.exampleRows.join(', ') }) : '',
      readyList(t, r.readyNames),
      r.sheetNote,
    ]
      .filter(Boolean)
      .join(' '),
    facts: [
      { label: t('bulk.card.fact_ready'), value: String(r.ready) },
      { label: t('bulk.card.fact_problems'), value: String(problemRows) },
      ...(r.withoutPhoto > 0 ? [{ label: t('bulk.card.fact_without_photo'), value: String(r.withoutPhoto) }] : []),
      ...(r.photosWithAdvice > 0 ? [{ label: t('bulk.card.fact_photo_advice'), value: String(r.photosWithAdvice) }] : []),
    ],
    // Column names, cell values and photo file names come from the user's file: shown as written.
    problems: r.problems.slice(0, SHOWN_PROBLEMS).map((p) => escapeMarkdown(`${p.rowNumber}, ${p.column}: ${p.message}`)),
    moreProblems: r.problems.length > SHOWN_PROBLEMS ? t('bulk.card.more_problems', { count: r.problems.length - SHOWN_PROBLEMS }) : '',
    ...(r.jobId && r.ready > 0 ? { jobId: r.jobId, confirmTitle: t('bulk.card.confirm', { count: r.ready }) } : {}),
    ...(r.jobId && r.hasReport ? { reportUrl: reportUrl(r.jobId) } : {}),
  };
}
