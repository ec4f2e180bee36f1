import { describe, expect, it } from 'vitest';
import { parseImportFile, type ParsedImport } from '../../src/import/index';
import { MANDATORY, makeXlsx, person, tightLimits } from './helpers';

function rowsOf(parsed: ParsedImport) {
  if (!parsed.ok) throw new Error(`refused: ${parsed.problem.code} ${JSON.stringify(parsed.problem.params)}`);
  return parsed.rows;
}

describe('parseImportFile: the sheet', () => {
  it('reads a good file, headers in any case and with spaces', async () => {
    const bytes = await makeXlsx([
      [' First Name ', 'LAST_NAME', 'Nationality', 'national identity number', 'Email'],
      ['Anna', 'Andersson', 'SE', '19900101-1234', 'anna@example.com'],
      ['  Bo ', 'Berg', 'NO', '01019012345', ''],
    ]);
    const parsed = await parseImportFile(bytes, 'people.xlsx');
    expect(parsed.ok && parsed.kind).toBe('xlsx');
    expect(parsed.ok && parsed.headerColumns).toEqual([...MANDATORY, 'email']);
    expect(parsed.ok && [parsed.sheetName, parsed.ignoredSheets]).toEqual(['People', []]);
    expect(rowsOf(parsed)).toEqual([
      {
        rowNumber: 2,
        values: {
          first_name: 'Anna',
          last_name: 'Andersson',
          nationality: 'SE',
          national_identity_number: '19900101-1234',
          email: 'anna@example.com',
        },
      },
      { rowNumber: 3, values: { first_name: 'Bo', last_name: 'Berg', nationality: 'NO', national_identity_number: '01019012345' } },
    ]);
  });

  it('refuses a sheet without a mandatory column, naming it', async () => {
    const bytes = await makeXlsx([
      ['first_name', 'last_name', 'nationality', 'email'],
      ['A', 'B', 'SE', 'a@b.se'],
    ]);
    const parsed = await parseImportFile(bytes, 'x.xlsx');
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'missing_columns', params: { columns: 'national_identity_number' } } });
  });

  it('refuses 17 columns and accepts 16 (as far as the count goes)', async () => {
    const seventeen = [...MANDATORY, ...Array.from({ length: 13 }, (_, i) => `extra_${i}`)];
    const parsed = await parseImportFile(await makeXlsx([seventeen, person('A', 'B', '1')]), 'x.xlsx');
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'too_many_columns', params: { count: 17, max: 16 } } });
    const sixteen = await parseImportFile(await makeXlsx([seventeen.slice(0, 16), person('A', 'B', '1')]), 'x.xlsx');
    expect(sixteen).toMatchObject({ ok: false, problem: { code: 'unknown_column' } });
  });

  it('refuses columns the issuer does not know, and the same column twice', async () => {
    const unknown = await parseImportFile(await makeXlsx([[...MANDATORY, 'shoe_size'], person('A', 'B', '1')]), 'x.xlsx');
    expect(unknown).toMatchObject({ ok: false, problem: { code: 'unknown_column', params: { columns: 'shoe_size' } } });
    const twice = await parseImportFile(await makeXlsx([[...MANDATORY, 'Email', 'email'], person('A', 'B', '1')]), 'x.xlsx');
    expect(twice).toMatchObject({ ok: false, problem: { code: 'duplicate_column', params: { columns: 'email' } } });
  });

  it('turns numbers, dates, booleans, rich text, hyperlinks and errors into the documented strings', async () => {
    const header = [...MANDATORY, 'date_of_birth', 'email', 'mobile', 'bankid', 'card_type'];
    const bytes = await makeXlsx([
      header,
      [
        { richText: [{ text: 'An' }, { font: { bold: true }, text: 'na ' }] },
        'Andersson',
        'SE',
        199001011234,
        new Date(Date.UTC(1990, 0, 1)),
        { text: 'anna@example.com', hyperlink: 'mailto:anna@example.com' },
        46701234567,
        true,
        0.1 + 0.2,
      ],
      ['Bo', 'Berg', 'SE', 9001011234, 32874, 'bo@example.com', '+46 70 123 45 67', false, { error: '#N/A' }],
      ['Cy', 'Cox', 'SE', '19900101-1234', 19900101, 'cy@example.com', 1.5e21, 'Yes', 12345.678],
    ]);
    const rows = rowsOf(await parseImportFile(bytes, 'x.xlsx'));
    expect(rows[0]!.values).toEqual({
      first_name: 'Anna',
      last_name: 'Andersson',
      nationality: 'SE',
      national_identity_number: '199001011234',
      date_of_birth: '1990-01-01',
      email: 'anna@example.com',
      mobile: '46701234567',
      bankid: 'yes',
      card_type: '0.3',
    });
    expect(rows[1]!.values).toMatchObject({
      national_identity_number: '9001011234',
      date_of_birth: '1990-01-01',
      bankid: 'no',
      card_type: '#N/A',
    });
    // a number too big to be a date serial is typed digits (YYYYMMDD), left to the validator
    expect(rows[2]!.values).toMatchObject({
      date_of_birth: '19900101',
      mobile: '1500000000000000000000',
      bankid: 'Yes',
      card_type: '12345.678',
    });
  });

  it('reads formulas as their cached result', async () => {
    const bytes = await makeXlsx([
      [...MANDATORY, 'email', 'date_of_birth'],
      [
        'Anna',
        { formula: 'UPPER("andersson")', result: 'ANDERSSON' },
        'SE',
        { formula: '19900101*10000+1234', result: 199001011234 },
        { formula: 'LOWER(A2)&"@example.com"', result: 'anna@example.com' },
        { formula: 'DATE(1990,1,1)', result: 32874 },
      ],
      ['Bo', 'Berg', 'SE', '1', { formula: 'NOW()' }],
    ]);
    const rows = rowsOf(await parseImportFile(bytes, 'x.xlsx'));
    expect(rows[0]!.values).toEqual({
      first_name: 'Anna',
      last_name: 'ANDERSSON',
      nationality: 'SE',
      national_identity_number: '199001011234',
      email: 'anna@example.com',
      date_of_birth: '1990-01-01',
    });
    expect(rows[1]!.values.email).toBeUndefined(); // no cached result: empty, not "[object Object]"
  });

  it('understands date serials of the 1904 date system (old Mac workbooks)', async () => {
    const bytes = await makeXlsx(
      [
        [...MANDATORY, 'date_of_birth'],
        [...person('A', 'B', '1'), 32874 - 1462],
      ],
      (_, wb) => {
        wb.properties.date1904 = true;
      },
    );
    expect(rowsOf(await parseImportFile(bytes, 'x.xlsx'))[0]!.values.date_of_birth).toBe('1990-01-01');
  });

  it('skips completely empty rows (blank, whitespace, formatting only) and does not count them', async () => {
    const bytes = await makeXlsx([MANDATORY, person('A', 'A', '1'), [], ['  ', '', null, '\u200B'], person('B', 'B', '2')], (sheet) => {
      sheet.getCell('A7').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      sheet.getCell('F8').value = 'a note outside the named columns';
    });
    expect(rowsOf(await parseImportFile(bytes, 'x.xlsx')).map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it('refuses 301 people and accepts 300, blank rows in between not counted', async () => {
    const people = (n: number) => Array.from({ length: n }, (_, i) => person(`P${i}`, 'X', String(1000 + i)));
    const tooMany = await parseImportFile(await makeXlsx([MANDATORY, ...people(301)]), 'x.xlsx');
    expect(tooMany).toMatchObject({ ok: false, problem: { code: 'too_many_rows', params: { count: 301, max: 300 } } });
    const withGaps = await makeXlsx([MANDATORY, ...people(150), [], [], ...people(150)]);
    expect(rowsOf(await parseImportFile(withGaps, 'x.xlsx'))).toHaveLength(300);
    const raised = await parseImportFile(await makeXlsx([MANDATORY, ...people(301)]), 'x.xlsx', tightLimits({ maxRows: 301 }));
    expect(rowsOf(raised)).toHaveLength(301);
  });

  it('refuses a sheet with a header and nobody in it', async () => {
    expect(await parseImportFile(await makeXlsx([MANDATORY]), 'x.xlsx')).toMatchObject({ ok: false, problem: { code: 'empty_sheet' } });
    expect(await parseImportFile(await makeXlsx([]), 'x.xlsx')).toMatchObject({ ok: false, problem: { code: 'empty_sheet' } });
  });
});
