import ExcelJS from 'exceljs';
import { t, type Locale } from '../i18n/index';
import { IMPORT_COLUMNS, MANDATORY_COLUMNS, type ImportColumn, type RawRow } from './types';

export const TEMPLATE_ROWS = 300;
export const CARD_TYPES = ['Standard', 'Visitor'] as const;
/** Skatteverket's well-known test person; the example row of the template. */
export const EXAMPLE_IDENTITY = '19121212-1212';

const LIST_SHEET = 'lists';

/**
 * The template's example row (Tolvan Tolvansson with Skatteverket's test number), left in the
 * sheet: recognised by its name and number together, so it is never ordered. The test number
 * alone is a row like any other (test data uses it too).
 */
export function isTemplateExample(row: RawRow): boolean {
  const digits = (row.values.national_identity_number ?? '').replace(/\D/g, '');
  const example = EXAMPLE_IDENTITY.replace(/\D/g, '');
  const named =
    (row.values.first_name ?? '').trim().toLowerCase() === 'tolvan' && (row.values.last_name ?? '').trim().toLowerCase() === 'tolvansson';
  return named && (digits === example || digits === example.slice(2));
}

/** exceljs has range validations but does not type them */
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };
const WIDTHS: Record<ImportColumn, number> = {
  first_name: 18,
  last_name: 20,
  nationality: 26,
  national_identity_number: 26,
  date_of_birth: 14,
  email: 32,
  mobile: 18,
  card_type: 12,
  bankid: 10,
  photo_file: 22,
};
/** Typed as text so Excel keeps leading zeros, "+46..." and dates exactly as written. */
const TEXT_COLUMNS: ImportColumn[] = ['national_identity_number', 'date_of_birth', 'mobile', 'photo_file'];

/** How a nationality appears in the drop-down: readable, and the code stays recoverable. */
export function nationalityLabel(n: { code: string; name: string }): string {
  return `${n.name} (${n.code})`;
}

/** "Sweden (SE)" -> "SE"; a bare code ("se", "SWE") -> upper-cased; anything else -> undefined. */
export function nationalityCode(cell: string): string | undefined {
  const text = cell.trim();
  const labelled = /\(([A-Za-z]{2,3})\)$/.exec(text);
  if (labelled) return labelled[1]!.toUpperCase();
  return /^[A-Za-z]{2,3}$/.test(text) ? text.toUpperCase() : undefined;
}

export async function buildTemplate(opts: { nationalities: { code: string; name: string }[]; locale: Locale }): Promise<Buffer> {
  const tr = (key: Parameters<typeof t>[1]) => t(opts.locale, key);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(tr('bulk.template.sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });

  const labels = opts.nationalities.map(nationalityLabel);
  labels.forEach((label, i) => (lists.getCell(i + 1, 1).value = label));

  sheet.columns = IMPORT_COLUMNS.map((column) => ({
    key: column,
    width: WIDTHS[column],
    style: TEXT_COLUMNS.includes(column) ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  IMPORT_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column;
    cell.note = tr(`bulk.template.note.${column}`);
    cell.font = { bold: true };
    const mandatory = MANDATORY_COLUMNS.includes(column);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: mandatory ? 'FFFCE4B6' : 'FFDDEBF7' } };
  });

  const sweden = opts.nationalities.find((n) => n.code.toUpperCase() === 'SE');
  const example = sheet.getRow(2);
  example.values = {
    first_name: 'Tolvan',
    last_name: 'Tolvansson',
    nationality: sweden ? nationalityLabel(sweden) : 'SE',
    national_identity_number: EXAMPLE_IDENTITY,
    date_of_birth: '1912-12-12',
    email: 'tolvan.tolvansson@example.com',
    mobile: '+46701740605', // from the range PTS reserves for fiction
    card_type: 'Standard',
    bankid: 'yes',
  };
  example.font = { italic: true, color: { argb: 'FF7F7F7F' } };
  example.getCell(1).note = tr('bulk.template.example_note');

  const pick = { showErrorMessage: true, errorTitle: tr('bulk.template.pick_title'), error: tr('bulk.template.pick_text') };
  const list = (formula: string) => ({ type: 'list' as const, allowBlank: true, formulae: [formula], ...pick });
  const validations: [ImportColumn, string | undefined][] = [
    ['nationality', labels.length > 0 ? `${LIST_SHEET}!$A$1:$A$${labels.length}` : undefined],
    ['card_type', `"${CARD_TYPES.join(',')}"`],
    ['bankid', '"yes,no"'],
  ];
  // one range per column: exceljs's per-cell merging writes overlapping ranges (C2:C301 and C10:C301)
  const ranges = (sheet as unknown as RangeValidations).dataValidations;
  for (const [column, formula] of validations) {
    if (!formula) continue;
    const letter = sheet.getColumn(IMPORT_COLUMNS.indexOf(column) + 1).letter;
    ranges.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, list(formula));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
