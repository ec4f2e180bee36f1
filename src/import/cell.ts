import type { CellValue } from 'exceljs';
import type { ImportColumn } from './types';

const MS_PER_DAY = 86_400_000;
/** Excel serial 25569 is 1970-01-01 in the 1900 system; the 1904 system (old Mac files) is 1462 days behind. */
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;
/** Serials we read as a date of birth: 1900-01-01 .. 2099-12-31. Bigger numbers are typed digits (19900101). */
const MAX_BIRTH_SERIAL = 73_050;

/**
 * One cell as the text a person would read in Excel: trimmed; formulas -> their cached result;
 * rich text flattened; hyperlinks -> their text; booleans -> yes/no; dates -> YYYY-MM-DD;
 * numbers without exponent or float artefacts (199001011234 -> "199001011234", 0.1+0.2 -> "0.3");
 * whole-number Excel date serials in date_of_birth -> YYYY-MM-DD (32874 -> "1990-01-01").
 */
export function cellText(value: CellValue, column: ImportColumn, date1904 = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'number') {
    if (column === 'date_of_birth' && value >= 1 && value <= MAX_BIRTH_SERIAL) return serialToIsoDate(value, date1904);
    return plainNumber(value);
  }
  if ('richText' in value) return clean(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return cellText(value.text as CellValue, column, date1904);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as CellValue, column, date1904);
  if ('error' in value) return value.error;
  return '';
}

function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B\uFEFF]/g, '')
    .trim();
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

function serialToIsoDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) - UNIX_EPOCH_SERIAL + (date1904 ? DATE1904_OFFSET : 0);
  return isoDate(new Date(days * MS_PER_DAY));
}

/** Excel keeps 15 significant digits; show what Excel shows, never "1.99e+11". */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isSafeInteger(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(n).toString();
  const rounded = Number(n.toPrecision(15));
  return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
