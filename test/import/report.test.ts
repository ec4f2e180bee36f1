import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildErrorReport, parseImportFile, type RowProblem } from '../../src/import/index';
import { MANDATORY, makeXlsx, person } from './helpers';

const RED = 'FFFFC7CE';
async function load(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}
const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const valuesOf = (row: ExcelJS.Row) => Array.from({ length: 8 }, (_, i) => row.getCell(i + 1).value ?? null);

describe('buildErrorReport', () => {
  const problems: RowProblem[] = [
    { rowNumber: 3, column: 'national_identity_number', code: 'bad_check_digit', message: 'Wrong check digit' },
    { rowNumber: 3, column: 'email', code: 'bad_email', message: 'Not an e-mail address' },
    { rowNumber: 5, column: 'row', code: 'duplicate', message: 'Already ordered' },
  ];

  async function upload() {
    const bytes = await makeXlsx([
      [...MANDATORY, 'email', 'mobile'],
      [...person('Anna', 'A', '199001011234'), 'anna@example.com', '0701234567'],
      [...person('Bo', 'B', '19900101-1235'), 'bo@', '0701234568'],
      [...person('Cy', 'C', '199001011236'), 'cy@example.com', '0701234569'],
      [...person('Di', 'D', 'AB1234567'), 'di@example.com', '0701234560'],
    ]);
    const parsed = await parseImportFile(bytes, 'x.xlsx');
    if (!parsed.ok) throw new Error(parsed.problem.code);
    return parsed;
  }

  it('holds only the rows with problems: their row number, names, the number masked, the cells at fault and the problems', async () => {
    const parsed = await upload();
    const sheet = await load(await buildErrorReport({ rows: parsed.rows, headerColumns: parsed.headerColumns, problems }));
    expect(valuesOf(sheet.getRow(1))).toEqual(['row', ...MANDATORY, 'email', 'mobile', 'problems']);
    expect(sheet.rowCount).toBe(3);
    expect(valuesOf(sheet.getRow(2))).toEqual([
      3,
      'Bo',
      'B',
      null,
      '19900101-****',
      'bo@',
      null,
      'national_identity_number: Wrong check digit\nemail: Not an e-mail address',
    ]);
    expect(valuesOf(sheet.getRow(3))).toEqual([5, 'Di', 'D', null, 'AB*******', null, null, 'Already ordered']);
    expect([fillOf(sheet.getCell('E2')), fillOf(sheet.getCell('F2')), fillOf(sheet.getCell('H2')), fillOf(sheet.getCell('H3'))]).toEqual([
      RED,
      RED,
      RED,
      RED,
    ]);
    expect(fillOf(sheet.getCell('B2'))).toBeUndefined();
  });

  it('never carries a full identity number or the contact details of a row without problems', async () => {
    const parsed = await upload();
    const report = await buildErrorReport({ rows: parsed.rows, headerColumns: parsed.headerColumns, problems });
    const text = JSON.stringify((await load(report)).getSheetValues());
    for (const secret of ['1235', '1234567', 'anna', 'Anna', 'cy@example.com', '0701234568']) expect(text).not.toContain(secret);
  });

  it('speaks Swedish in its sheet name and note', async () => {
    const parsed = await upload();
    const sheet = await load(await buildErrorReport({ rows: parsed.rows, headerColumns: parsed.headerColumns, problems, locale: 'sv' }));
    expect(sheet.name).toBe('Problem');
    expect(JSON.stringify(sheet.getCell('H1').note)).toContain('Kolumnen row är raden i din fil');
  });
});
