import { cellText } from './cell';
import type { ImportLimits } from './limits';
import { readSharedStrings, streamRows, type StreamedCell } from './sheetStream';
import { readWorkbookParts } from './workbookParts';
import type { SafeZip } from './zip';
import {
  fileProblem,
  isImportColumn,
  HEADER_COLUMNS,
  normaliseHeader,
  REPORT_COLUMN,
  type FileProblem,
  type ImportColumn,
  type RawRow,
} from './types';

export type SheetRead =
  | { ok: true; rows: RawRow[]; headerColumns: string[]; sheetName: string; ignoredSheets: string[] }
  | { ok: false; problem: FileProblem; sheetName?: string; ignoredSheets?: string[] };

/**
 * Reads the one sheet that is used while it is unpacked (see workbookParts.ts): the header row is
 * vetted the moment it is read, rows past the limit are only counted, and no other sheet is
 * unpacked at all. A workbook of a hundred sheets costs what its first sheet costs.
 */
export async function readSheet(zip: SafeZip, files: string[], limits: ImportLimits): Promise<SheetRead> {
  const corrupt = { ok: false as const, problem: fileProblem('corrupt_xlsx') };
  const parts = await readWorkbookParts(zip, files);
  if (!parts.ok) return parts;
  const { sheetPart, sheetName, ignoredSheets, sharedStringsPart, date1904 } = parts.value;
  const refuse = (problem: FileProblem): SheetRead => ({ ok: false, problem, sheetName, ignoredSheets });
  const shared = await readSharedStrings(zip, sharedStringsPart);
  if (!shared.ok) return shared.problem === 'malformed' ? corrupt : refuse(shared.problem);

  let header: Header | undefined;
  const rows: RawRow[] = [];
  let count = 0;
  const streamed = await streamRows(zip, sheetPart, shared.strings, (rowNumber, cells) => {
    if (rowNumber <= 1) {
      if (rowNumber === 1) header = readHeader(cells, limits);
      return header && !header.ok ? 'stop' : 'more';
    }
    header ??= { ok: false, problem: fileProblem('empty_sheet') }; // no row 1: no column names
    if (!header.ok) return 'stop';
    const values: RawRow['values'] = {};
    let filled = false;
    for (const cell of cells) {
      const column = header.byColumn.get(cell.column);
      if (!column) continue;
      const text = cellText(cell.value, column, date1904);
      if (text !== '') {
        values[column] = text;
        filled = true;
      }
    }
    if (!filled) return 'more'; // blank, or only formatting / notes / text in unnamed columns
    count++;
    if (count <= limits.maxRows) rows.push({ rowNumber, values });
    return 'more';
  });
  if (!streamed.ok) return streamed.problem === 'malformed' ? corrupt : refuse(streamed.problem);
  if (!header) return refuse(fileProblem('empty_sheet'));
  if (!header.ok) return refuse(header.problem);
  if (count > limits.maxRows) return refuse(fileProblem('too_many_rows', { count, max: limits.maxRows }));
  if (count === 0) return refuse(fileProblem('empty_sheet'));
  return { ok: true, rows, headerColumns: header.names, sheetName, ignoredSheets };
}

type Header = { ok: true; byColumn: Map<number, ImportColumn>; names: string[] } | { ok: false; problem: FileProblem };

function readHeader(cells: StreamedCell[], limits: ImportLimits): Header {
  const names: [string, number][] = [];
  for (const cell of cells) {
    const name = normaliseHeader(cellText(cell.value, 'first_name'));
    if (name && name !== REPORT_COLUMN) names.push([name, cell.column]);
  }
  if (names.length === 0) return { ok: false, problem: fileProblem('empty_sheet') };
  if (names.length > limits.maxColumns) {
    return { ok: false, problem: fileProblem('too_many_columns', { count: names.length, max: limits.maxColumns }) };
  }
  const known = names.filter(([name]) => isImportColumn(name)) as [ImportColumn, number][];
  const unknown = names.filter(([name]) => !isImportColumn(name)).map(([name]) => name);
  const missing = HEADER_COLUMNS.filter((column) => !known.some(([name]) => name === column));
  if (missing.length > 0) {
    return {
      ok: false,
      problem: fileProblem('missing_columns', { columns: missing.join(', '), count: missing.length, unknown: unknown.join(', ') }),
    };
  }
  if (unknown.length > 0)
    return { ok: false, problem: fileProblem('unknown_column', { columns: unknown.join(', '), count: unknown.length }) };
  const twice = known.filter(([name], i) => known.findIndex(([other]) => other === name) !== i).map(([name]) => name);
  if (twice.length > 0) return { ok: false, problem: fileProblem('duplicate_column', { columns: [...new Set(twice)].join(', ') }) };
  return { ok: true, byColumn: new Map(known.map(([name, col]) => [col, name])), names: known.map(([name]) => name) };
}
