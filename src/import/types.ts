export const IMPORT_COLUMNS = [
  'first_name',
  'last_name',
  'nationality',
  'national_identity_number',
  'date_of_birth',
  'email',
  'mobile',
  'card_type',
  'bankid',
  'photo_file',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Every row needs these; e-mail too, because the cardholder approves the card through it. */
export const MANDATORY_COLUMNS: readonly ImportColumn[] = ['first_name', 'last_name', 'nationality', 'national_identity_number', 'email'];
/**
 * Without one of these the sheet is refused whole. A sheet without an e-mail column is still read:
 * each of its rows is refused saying the e-mail is missing, which also tells who lacks one.
 */
export const HEADER_COLUMNS: readonly ImportColumn[] = MANDATORY_COLUMNS.filter((c) => c !== 'email');

/** The column our error report adds; ignored when the corrected report is uploaded again. */
export const REPORT_COLUMN = 'problems';

export type RawRow = {
  /** Excel row number; the header is row 1 */
  rowNumber: number;
  /** trimmed strings; see cell.ts for how numbers, dates, formulas and booleans become text */
  values: Partial<Record<ImportColumn, string>>;
};

/** A reason to refuse the whole file. `code` selects the message `bulk.file.<code>`. */
export type FileProblem = { code: FileProblemCode; params: Record<string, string | number> };

export type FileProblemCode =
  | 'too_large'
  | 'empty_file'
  | 'not_xlsx'
  | 'not_xlsx_csv'
  | 'not_xlsx_xls'
  | 'corrupt_zip'
  | 'zip_encrypted'
  | 'zip_bomb'
  | 'zip_entry_too_large'
  | 'zip_path'
  | 'zip_no_sheet'
  | 'zip_many_sheets'
  | 'zip_duplicate_photo'
  | 'corrupt_xlsx'
  | 'empty_sheet'
  | 'missing_columns'
  | 'too_many_columns'
  | 'unknown_column'
  | 'duplicate_column'
  | 'too_many_rows';

export type ParsedImport =
  | {
      ok: true;
      kind: 'xlsx' | 'zip';
      rows: RawRow[];
      /** zip only: key = entry base name, lower-cased */
      photos: Map<string, Buffer>;
      /** the recognised header cells, normalised (e.g. "First Name" -> "first_name"), in sheet order */
      headerColumns: string[];
      /** the sheet that was read: the first visible one */
      sheetName: string;
      /** the other visible sheets, not read */
      ignoredSheets: string[];
    }
  | { ok: false; problem: FileProblem; sheetName?: string; ignoredSheets?: string[] };

export type RowProblem = { rowNumber: number; column: ImportColumn | 'row'; code: string; message: string };

export function fileProblem(code: FileProblemCode, params: Record<string, string | number> = {}): FileProblem {
  return { code, params };
}

/** "First Name", " first-name " and "FIRST_NAME" all mean first_name. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200B\uFEFF]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function isImportColumn(name: string): name is ImportColumn {
  return (IMPORT_COLUMNS as readonly string[]).includes(name);
}
