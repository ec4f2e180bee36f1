import type { CellValue } from 'exceljs';
import type { FileProblem } from './types';
import { streamXml } from './xmlStream';
import type { SafeZip } from './zip';

/** One cell of the sheet XML, as exceljs would have given it (so cell.ts reads both alike). */
export type StreamedCell = { column: number; value: CellValue };
export type RowSink = (rowNumber: number, cells: StreamedCell[]) => 'more' | 'stop';
type Read = { ok: true } | { ok: false; problem: FileProblem | 'malformed' };

/**
 * The shared strings (the text of most cells). Their part is capped like every part (maxEntryBytes),
 * which bounds what is held; rich text runs are joined, phonetic hints (rPh) left out.
 */
export async function readSharedStrings(
  zip: SafeZip,
  part: string | undefined,
): Promise<{ ok: true; strings: string[] } | { ok: false; problem: FileProblem | 'malformed' }> {
  const strings: string[] = [];
  if (!part) return { ok: true, strings };
  let parts: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  const read = await streamXml(zip, part, {
    open(name) {
      if (name === 'si') parts = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === 'si') {
        strings.push((parts ?? []).join(''));
        parts = undefined;
      } else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text(text) {
      if (inText && parts) parts.push(text);
    },
  });
  return read.ok ? { ok: true, strings } : read;
}

/**
 * Streams the rows of one sheet part to `sink`, one row at a time, with each cell converted like
 * exceljs does (shared and inline strings, numbers, booleans, errors, ISO dates, a formula's cached
 * result). The sink decides when enough was read; nothing else of the sheet is held.
 */
export async function streamRows(zip: SafeZip, part: string, strings: string[], sink: RowSink): Promise<Read> {
  let rowNumber = 0;
  let cells: StreamedCell[] = [];
  let cell: { column: number; type: string; text: string[] | undefined; inline: string[] | undefined } | undefined;
  let column = 0;
  let capture: 'v' | 't' | undefined;
  let stopped = false;

  const finishCell = () => {
    if (!cell) return;
    const value = toValue(cell.type, cell.text?.join(''), cell.inline?.join(''), strings);
    if (value !== null) cells.push({ column: cell.column, value });
    cell = undefined;
  };
  const read = await streamXml(zip, part, {
    open(name, attrs) {
      if (name === 'row') {
        rowNumber = attrs.r ? Number(attrs.r) : rowNumber + 1;
        cells = [];
        column = 0;
      } else if (name === 'c') {
        column = attrs.r ? columnOf(attrs.r) : column + 1;
        cell = { column, type: attrs.t ?? 'n', text: undefined, inline: undefined };
      } else if (cell && name === 'v') {
        capture = 'v';
        cell.text = [];
      } else if (cell && name === 't') {
        capture = 't';
        cell.inline ??= [];
      } else if (name === 'rPh') capture = undefined;
    },
    close(name) {
      if (name === 'v' || name === 't') capture = undefined;
      else if (name === 'c') finishCell();
      else if (name === 'row' && !stopped) stopped = sink(rowNumber, cells) === 'stop';
    },
    text(text) {
      if (capture === 'v') cell?.text?.push(text);
      else if (capture === 't') cell?.inline?.push(text);
    },
    done: () => stopped,
  });
  return read.ok ? { ok: true } : read;
}

function toValue(type: string, v: string | undefined, inline: string | undefined, strings: string[]): CellValue {
  switch (type) {
    case 's':
      return v === undefined ? null : (strings[Number(v)] ?? '');
    case 'inlineStr':
      return inline ?? v ?? null;
    case 'str':
      return v ?? null;
    case 'b':
      return v === undefined ? null : v.trim() === '1' || v.trim() === 'true';
    case 'e':
      return v === undefined ? null : { error: v.trim() as never };
    case 'd':
      return v ? new Date(v) : null;
    default: {
      if (v === undefined || v.trim() === '') return null;
      const n = Number(v);
      return Number.isNaN(n) ? v : n;
    }
  }
}

/** "BC12" -> 55 */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}
