import ExcelJS from 'exceljs';
import { maskTypedIdentity } from '../domain/identity/mask';
import { t, type Locale } from '../i18n/index';
import { REPORT_COLUMN, type ImportColumn, type RawRow, type RowProblem } from './types';

/** Excel's own "Bad" cell colour. */
const HIGHLIGHT = 'FFFFC7CE';
const highlight: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HIGHLIGHT } };
/** Enough to find the person in the orderer's own file; every other cell only where it is at fault. */
const IDENTIFYING: readonly string[] = ['first_name', 'last_name', 'national_identity_number'];
export const ROW_COLUMN = 'row';

export interface ErrorReportInput {
  /** the rows as read from the upload; only those with a problem go into the report */
  rows: RawRow[];
  /** the upload's recognised columns, in sheet order */
  headerColumns: string[];
  problems: RowProblem[];
  locale?: Locale;
}

/**
 * A new, small workbook that says what to fix, not a copy of the upload: one line per row with a
 * problem (its row number in the upload), the names, the identity number masked (the orderer has
 * the original), the cells at fault highlighted, and a "problems" column. Built from the rows
 * already read, so the upload is never loaded again.
 */
export async function buildErrorReport({ rows, headerColumns, problems, locale = 'en' }: ErrorReportInput): Promise<Buffer> {
  const byRow = new Map<number, RowProblem[]>();
  for (const problem of problems) byRow.set(problem.rowNumber, [...(byRow.get(problem.rowNumber) ?? []), problem]);

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t(locale, 'bulk.report.sheet'));
  const columns = [ROW_COLUMN, ...headerColumns.filter((c) => c !== REPORT_COLUMN), REPORT_COLUMN];
  const head = sheet.addRow(columns);
  head.font = { bold: true };
  const problemsHead = head.getCell(columns.length);
  problemsHead.font = { bold: true, color: { argb: 'FF9C0006' } };
  problemsHead.note = t(locale, 'bulk.report.note');
  sheet.getColumn(columns.length).width = 60;

  for (const row of rows) {
    const rowProblems = byRow.get(row.rowNumber);
    if (!rowProblems) continue;
    const atFault = new Set(rowProblems.map((p) => p.column));
    const line = sheet.addRow(columns.map((column) => cellFor(row, column, atFault, rowProblems)));
    line.getCell(columns.length).alignment = { wrapText: true, vertical: 'top' };
    line.getCell(columns.length).fill = highlight;
    columns.forEach((column, i) => {
      if (atFault.has(column as ImportColumn)) line.getCell(i + 1).fill = highlight;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellFor(row: RawRow, column: string, atFault: Set<string>, rowProblems: RowProblem[]): string | number | null {
  if (column === ROW_COLUMN) return row.rowNumber;
  if (column === REPORT_COLUMN) return rowProblems.map((p) => (p.column === 'row' ? p.message : `${p.column}: ${p.message}`)).join('\n');
  const value = row.values[column as ImportColumn];
  if (value === undefined) return null;
  if (column === 'national_identity_number') return maskTypedIdentity(value);
  return IDENTIFYING.includes(column) || atFault.has(column) ? value : null;
}
