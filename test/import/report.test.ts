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

describe('buildErrorReport', () => {
  const problems: RowProblem[] = [
    { rowNumber: 3, column: 'national_identity_number', code: 'bad_check_digit', message: 'Wrong check digit' },
    { rowNumber: 3, column: 'email', code: 'bad_email', message: 'Not an e-mail address' },
    { rowNumber: 4, column: 'row', code: 'duplicate', message: 'Already ordered' },
  ];

  async function upload() {
    const bytes = await makeXlsx([
      [...MANDATORY, 'email'],
      [...person('Anna', 'A', '199001011234'), 'anna@example.com'],
      [...person('Bo', 'B', '199001011235'), 'bo@'],
      [...person('Cy', 'C', '199001011236'), 'cy@example.com'],
    ]);
    const parsed = await parseImportFile(bytes, 'x.xlsx');
    if (!parsed.ok) throw new Error(parsed.problem.code);
    return parsed;
  }

  it('adds a problems column with the texts per row and highlights the cells at fault', async () => {
    const report = await buildErrorReport((await upload()).sheetBytes, problems);
    const sheet = await load(report);
    expect(sheet.getCell('F1').value).toBe('problems');
    expect(sheet.getCell('F2').value).toBeNull();
    expect(sheet.getCell('F3').value).toBe('national_identity_number: Wrong check digit\nemail: Not an e-mail address');
    expect(sheet.getCell('F4').value).toBe('Already ordered');
    expect([fillOf(sheet.getCell('D3')), fillOf(sheet.getCell('E3')), fillOf(sheet.getCell('F4'))]).toEqual([RED, RED, RED]);
    expect(fillOf(sheet.getCell('A3'))).toBeUndefined();
    expect(sheet.getCell('E3').value).toBe('bo@'); // the data is untouched
  });

  it('can be fixed and uploaded again: the problems column is ignored, a new report replaces the old one', async () => {
    const first = await buildErrorReport((await upload()).sheetBytes, problems);
    const again = await parseImportFile(first, 'x.xlsx');
    if (!again.ok) throw new Error(again.problem.code);
    expect(again.rows.map((r) => r.values)).toEqual((await upload()).rows.map((r) => r.values));

    const second = await load(await buildErrorReport(again.sheetBytes, [problems[2]!]));
    expect(sheet_columns(second)).toEqual([...MANDATORY, 'email', 'problems']);
    expect(second.getCell('F3').value).toBeNull();
    expect(fillOf(second.getCell('E3'))).not.toBe(RED);
    expect(second.getCell('F4').value).toBe('Already ordered');
  });
});

function sheet_columns(sheet: ExcelJS.Worksheet): unknown[] {
  return (sheet.getRow(1).values as unknown[]).filter((v) => v !== undefined);
}
