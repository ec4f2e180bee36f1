import { describe, expect, it } from 'vitest';
import { describeFileProblem, parseImportFile } from '../../src/import/index';
import { MANDATORY, makeXlsx, makeZip, person, tightLimits } from './helpers';

describe('parseImportFile: refused by the bytes, not the name', () => {
  it('a CSV renamed to .xlsx gets CSV advice', async () => {
    const csv = Buffer.from('first_name;last_name;nationality;national_identity_number\nAnna;Andersson;SE;19900101-1234\n');
    const parsed = await parseImportFile(csv, 'people.xlsx');
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'not_xlsx_csv', params: { file: 'people.xlsx' } } });
    if (!parsed.ok) expect(describeFileProblem(parsed.problem)).toContain('save it as Excel Workbook (.xlsx)');
  });

  it('a tab-separated "Unicode text" (UTF-16) file is text too', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('first_name\tlast_name\r\nÅsa\tÖberg\r\n', 'utf16le')]);
    expect(await parseImportFile(utf16, 'people.xlsx')).toMatchObject({ ok: false, problem: { code: 'not_xlsx_csv' } });
  });

  it('an old .xls (OLE2 magic) renamed to .xlsx gets .xls advice', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 1)]);
    const parsed = await parseImportFile(xls, 'people.xlsx');
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'not_xlsx_xls' } });
    if (!parsed.ok) expect(describeFileProblem(parsed.problem, 'sv')).toContain('Excel-arbetsbok (.xlsx)');
  });

  it('a real .xlsx called .csv or .zip is read all the same', async () => {
    const bytes = await makeXlsx([MANDATORY, person('A', 'B', '1')]);
    expect(await parseImportFile(bytes, 'people.csv')).toMatchObject({ ok: true, kind: 'xlsx' });
    expect(await parseImportFile(bytes, 'people.zip')).toMatchObject({ ok: true, kind: 'xlsx' });
  });

  it('PDFs, empty uploads and other binaries', async () => {
    expect(await parseImportFile(Buffer.from('%PDF-1.7\n...'), 'a.xlsx')).toMatchObject({
      ok: false,
      problem: { code: 'not_xlsx', params: { detected: 'pdf' } },
    });
    expect(await parseImportFile(Buffer.alloc(0), 'a.xlsx')).toMatchObject({ ok: false, problem: { code: 'empty_file' } });
    expect(await parseImportFile(Buffer.from([0, 1, 2, 3, 0, 0, 7]), 'a.xlsx')).toMatchObject({ ok: false, problem: { code: 'not_xlsx' } });
  });

  it('a Word document (a ZIP of another Office kind) is not a workbook', async () => {
    const docx = await makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
    ]);
    expect(await parseImportFile(docx, 'a.xlsx')).toMatchObject({
      ok: false,
      problem: { code: 'not_xlsx', params: { detected: 'office' } },
    });
  });

  it('an upload over the byte limit', async () => {
    const bytes = await makeXlsx([MANDATORY, person('A', 'B', '1')]);
    const parsed = await parseImportFile(bytes, 'a.xlsx', tightLimits({ maxUploadBytes: 1000 }));
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'too_large', params: { maxMb: 0 } } });
  });

  it('a corrupt ZIP: truncated, or a ZIP signature followed by garbage', async () => {
    const good = await makeZip([{ name: 'a.jpg', data: Buffer.alloc(5000, 7) }]);
    expect(await parseImportFile(good.subarray(0, good.length - 30), 'a.zip')).toMatchObject({
      ok: false,
      problem: { code: 'corrupt_zip' },
    });
    const garbage = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 0x41)]);
    expect(await parseImportFile(garbage, 'a.zip')).toMatchObject({ ok: false, problem: { code: 'corrupt_zip' } });
  });

  it('a ZIP whose deflated data is garbage is corrupt, found while unpacking', async () => {
    const good = await makeZip([{ name: 'a.xlsx', data: Buffer.alloc(50_000, 7) }]);
    const broken = Buffer.from(good);
    broken.fill(0xff, 60, 70); // inside the deflate stream of the only entry
    expect(await parseImportFile(broken, 'a.zip')).toMatchObject({ ok: false, problem: { code: 'corrupt_zip' } });
  });

  it('an .xlsx whose parts exceljs cannot read is corrupt_xlsx', async () => {
    const fake = await makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('not xml at all <<<') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="x" r:id="nope"/>') },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from('<<<') },
    ]);
    expect(await parseImportFile(fake, 'a.xlsx')).toMatchObject({ ok: false, problem: { code: 'corrupt_xlsx' } });
  });
});
