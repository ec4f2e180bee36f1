import ExcelJS from 'exceljs';
import { cellText } from './cell';
import type { ImportLimits } from './limits';
import {
  fileProblem,
  isImportColumn,
  MANDATORY_COLUMNS,
  normaliseHeader,
  REPORT_COLUMN,
  type FileProblem,
  type ImportColumn,
  type RawRow,
} from './types';

export type SheetRead = { ok: true; rows: RawRow[]; headerColumns: string[] } | { ok: false; problem: FileProblem };

/** Parts of the sheet XML we never use; skipping them makes loading faster. */
const IGNORED_NODES = ['dataValidations', 'conditionalFormatting', 'extLst', 'mergeCells', 'drawing', 'legacyDrawing'];

/** Loads a workbook whose bytes have already passed the ZIP caps (see parse.ts). */
export async function loadWorkbook(xlsx: Buffer, forEditing = false): Promise<ExcelJS.Workbook | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer, forEditing ? undefined : { ignoreNodes: IGNORED_NODES });
    return workbook;
  } catch {
    return undefined;
  }
}

/** The first visible worksheet (a template's hidden list sheet is never the one people fill in). */
export function dataSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) => ws.state === 'visible') ?? workbook.worksheets[0];
}

/** Column number (1-based) of each recognised header cell in row 1. */
export function headerMap(sheet: ExcelJS.Worksheet): Map<string, number> {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const name = normaliseHeader(cellText(cell.value, 'first_name'));
    if (name && !columns.has(name)) columns.set(name, col);
  });
  return columns;
}

export async function readSheet(xlsx: Buffer, limits: ImportLimits): Promise<SheetRead> {
  const workbook = await loadWorkbook(xlsx);
  if (!workbook) return { ok: false, problem: fileProblem('corrupt_xlsx') };
  const sheet = dataSheet(workbook);
  if (!sheet) return { ok: false, problem: fileProblem('empty_sheet') };

  const header = readHeader(sheet, limits);
  if (!header.ok) return header;

  const date1904 = workbook.properties?.date1904 === true;
  const rows: RawRow[] = [];
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: RawRow['values'] = {};
    let filled = false;
    for (const [column, col] of header.columns) {
      const text = cellText(row.getCell(col).value, column, date1904);
      if (text !== '') {
        values[column] = text;
        filled = true;
      }
    }
    if (!filled) return; // blank, or only formatting / notes / text in unnamed columns
    count++;
    if (count <= limits.maxRows) rows.push({ rowNumber, values });
  });
  if (count > limits.maxRows) return { ok: false, problem: fileProblem('too_many_rows', { count, max: limits.maxRows }) };
  if (count === 0) return { ok: false, problem: fileProblem('empty_sheet') };
  return { ok: true, rows, headerColumns: header.names };
}

type Header = { ok: true; columns: [ImportColumn, number][]; names: string[] } | { ok: false; problem: FileProblem };

function readHeader(sheet: ExcelJS.Worksheet, limits: ImportLimits): Header {
  const names: [string, number][] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    const name = normaliseHeader(cellText(cell.value, 'first_name'));
    if (name && name !== REPORT_COLUMN) names.push([name, col]);
  });
  if (names.length === 0) return { ok: false, problem: fileProblem('empty_sheet') };
  if (names.length > limits.maxColumns) {
    return { ok: false, problem: fileProblem('too_many_columns', { count: names.length, max: limits.maxColumns }) };
  }
  const known = names.filter(([name]) => isImportColumn(name)) as [ImportColumn, number][];
  const unknown = names.filter(([name]) => !isImportColumn(name)).map(([name]) => name);
  const missing = MANDATORY_COLUMNS.filter((column) => !known.some(([name]) => name === column));
  if (missing.length > 0) {
    return { ok: false, problem: fileProblem('missing_columns', { columns: missing.join(', '), unknown: unknown.join(', ') }) };
  }
  if (unknown.length > 0) return { ok: false, problem: fileProblem('unknown_column', { columns: unknown.join(', ') }) };
  const twice = known.filter(([name], i) => known.findIndex(([other]) => other === name) !== i).map(([name]) => name);
  if (twice.length > 0) return { ok: false, problem: fileProblem('duplicate_column', { columns: [...new Set(twice)].join(', ') }) };
  return { ok: true, columns: known, names: known.map(([name]) => name) };
}
