import ExcelJS from 'exceljs';
import { t, type Locale } from '../i18n/index';
import { dataSheet, headerMap, loadWorkbook } from './sheet';
import { REPORT_COLUMN, type RowProblem } from './types';

/** Excel's own "Bad" cell colour; also how we recognise our highlights from an earlier report. */
const HIGHLIGHT = 'FFFFC7CE';
const highlight: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HIGHLIGHT } };

/**
 * The uploaded workbook with a "problems" column (one line per problem) and the cells at fault
 * highlighted. Uploading it again after fixing works: parse ignores the "problems" column.
 */
export async function buildErrorReport(sheetBytes: Buffer, problems: RowProblem[], locale: Locale = 'en'): Promise<Buffer> {
  const workbook = await loadWorkbook(sheetBytes, true);
  const sheet = workbook && dataSheet(workbook);
  if (!workbook || !sheet) throw new Error('buildErrorReport: the sheet bytes are not a readable workbook');

  const columns = headerMap(sheet);
  const problemsCol = columns.get(REPORT_COLUMN) ?? Math.max(sheet.columnCount, ...columns.values()) + 1;
  clearEarlierReport(sheet, problemsCol);

  const head = sheet.getCell(1, problemsCol);
  head.value = REPORT_COLUMN;
  head.font = { bold: true, color: { argb: 'FF9C0006' } };
  head.note = t(locale, 'bulk.report.note');
  sheet.getColumn(problemsCol).width = 60;

  const byRow = new Map<number, RowProblem[]>();
  for (const problem of problems) byRow.set(problem.rowNumber, [...(byRow.get(problem.rowNumber) ?? []), problem]);

  for (const [rowNumber, rowProblems] of byRow) {
    const lines = rowProblems.map((p) => (p.column === 'row' ? p.message : `${p.column}: ${p.message}`));
    const cell = sheet.getCell(rowNumber, problemsCol);
    cell.value = lines.join('\n');
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = highlight;
    for (const p of rowProblems) {
      const col = p.column === 'row' ? undefined : columns.get(p.column);
      if (col) sheet.getCell(rowNumber, col).fill = highlight;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A report made from an earlier report: drop the old texts and our old highlights. */
function clearEarlierReport(sheet: ExcelJS.Worksheet, problemsCol: number): void {
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    row.eachCell((cell, col) => {
      if (col === problemsCol) cell.value = null;
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill?.type === 'pattern' && fill.fgColor?.argb === HIGHLIGHT) cell.fill = { type: 'pattern', pattern: 'none' };
    });
  });
}
