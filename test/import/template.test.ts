import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTemplate, IMPORT_COLUMNS, nationalityCode, parseImportFile } from '../../src/import/index';
import { makeZip, streamToBuffer } from './helpers';
import yauzl from 'yauzl';
import { t } from '../../src/i18n/index';

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  return typeof note === 'string' ? note : (note?.texts ?? []).map((run) => run.text).join('');
}

const nationalities = [
  { code: 'SE', name: 'Sverige' },
  { code: 'NO', name: 'Norge' },
  { code: 'PL', name: 'Polen' },
];

async function entryText(xlsx: Buffer, name: string): Promise<string> {
  const zip = await yauzl.fromBufferPromise(xlsx, { lazyEntries: true });
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName === name) return (await streamToBuffer(await zip.openReadStreamPromise(entry))).toString('utf8');
  }
  throw new Error(`${name} not in the workbook`);
}

describe('buildTemplate', () => {
  let template: Buffer;
  beforeAll(async () => {
    template = await buildTemplate({ nationalities, locale: 'sv' });
  });

  it('parses back to exactly the example row', async () => {
    const parsed = await parseImportFile(template, 'mall.xlsx');
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.headerColumns).toEqual([...IMPORT_COLUMNS]);
    expect(parsed.rows).toEqual([
      {
        rowNumber: 2,
        values: {
          first_name: 'Tolvan',
          last_name: 'Tolvansson',
          nationality: 'Sverige (SE)',
          national_identity_number: '19121212-1212',
          date_of_birth: '1912-12-12',
          email: 'tolvan.tolvansson@example.com',
          mobile: '+46701740605',
          card_type: 'Standard',
          bankid: 'yes',
        },
      },
    ]);
  });

  it('also works inside a ZIP, as the photo variant', async () => {
    const zip = await makeZip([{ name: 'mall.xlsx', data: template }]);
    expect(await parseImportFile(zip, 'import.zip')).toMatchObject({ ok: true, kind: 'zip', rows: [{ rowNumber: 2 }] });
  });

  it('has a localised note on every header cell, a frozen header and widths', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Kortinnehavare');
    IMPORT_COLUMNS.forEach((column, i) => {
      const cell = sheet.getCell(1, i + 1);
      expect(cell.value).toBe(column);
      expect(noteText(cell)).toBe(t('sv', `bulk.template.note.${column}`));
    });
    expect(noteText(sheet.getCell('A1'))).toContain('Obligatorisk');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(6).width).toBeGreaterThan(20);
    const lists = workbook.worksheets[1]!;
    expect(lists.state).toBe('hidden');
    expect(lists.getColumn(1).values.filter(Boolean)).toEqual(['Sverige (SE)', 'Norge (NO)', 'Polen (PL)']);
  });

  it('has drop-downs for nationality (hidden list), card_type and bankid on rows 2..301, as single ranges', async () => {
    const xml = await entryText(template, 'xl/worksheets/sheet1.xml');
    const validations = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"><formula1>([^<]+)<\/formula1>/g)].map((m) => [m[1], m[2]]);
    expect(validations).toEqual([
      ['C2:C301', 'lists!$A$1:$A$3'],
      ['H2:H301', '&quot;Standard,Visitor&quot;'],
      ['I2:I301', '&quot;yes,no&quot;'],
    ]);
  });

  it('in English too', async () => {
    const en = await buildTemplate({ nationalities, locale: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(en as unknown as ExcelJS.Buffer);
    expect(noteText(workbook.worksheets[0]!.getCell('A1'))).toContain('Required');
  });

  it('nationalityCode reads the drop-down label or a bare code', () => {
    expect(nationalityCode('Sverige (SE)')).toBe('SE');
    expect(nationalityCode(' pl ')).toBe('PL');
    expect(nationalityCode('Sverige')).toBeUndefined();
  });
});
