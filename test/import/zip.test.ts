import { beforeAll, describe, expect, it } from 'vitest';
import { parseImportFile } from '../../src/import/index';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';
import {
  jpeg,
  MANDATORY,
  makeXlsx,
  makeZip,
  patchCentralDirectory,
  person,
  replaceBytes,
  tightLimits,
  zeros,
  type ZipItem,
} from './helpers';

/** A sheet part of `total` bytes: valid XML, all whitespace inside sheetData (deflates about 1000:1). */
function spacedSheet(total: number): () => Readable {
  return () => {
    const spaces = Buffer.alloc(1024 * 1024, 0x20);
    let left = total;
    let started = false;
    return new Readable({
      read() {
        if (!started) {
          started = true;
          return void this.push('<worksheet><sheetData>');
        }
        if (left <= 0) return void this.push(null);
        left -= spaces.length;
        this.push(spaces);
      },
    });
  };
}

/** The parts of a ZIP, to build another with more in it. */
async function unzipAll(zip: Buffer): Promise<ZipItem[]> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  const items: ZipItem[] = [];
  for await (const entry of file.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await file.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    items.push({ name: entry.fileName, data: Buffer.concat(chunks) });
  }
  return items;
}

let sheet: Buffer;
beforeAll(async () => {
  sheet = await makeXlsx([MANDATORY, person('Anna', 'Andersson', '199001011234')]);
});

describe('parseImportFile: a ZIP of one workbook and photos', () => {
  it('reads the sheet and the photos, keyed by lower-cased base name, skipping junk', async () => {
    const zip = await makeZip([
      { name: 'import/people.xlsx', data: sheet },
      { name: 'import/photos/199001011234.JPG', data: jpeg('anna'), compress: false },
      { name: 'import/photos/Bo Berg.png', data: jpeg('bo') },
      { name: '__MACOSX/import/._people.xlsx', data: Buffer.from('resource fork') },
      { name: 'import/.DS_Store', data: Buffer.from('finder') },
      { name: 'import/~$people.xlsx', data: Buffer.from('lock file') },
      { name: 'import/readme.txt', data: Buffer.from('not a photo') },
    ]);
    const parsed = await parseImportFile(zip, 'import.zip');
    if (!parsed.ok) throw new Error(parsed.problem.code);
    expect(parsed.kind).toBe('zip');
    expect(parsed.rows).toHaveLength(1);
    expect([...parsed.photos.keys()].sort()).toEqual(['199001011234.jpg', 'bo berg.png']);
    expect(parsed.photos.get('199001011234.jpg')).toEqual(jpeg('anna'));
    expect(parsed.sheetName).toBe('People');
  });

  it('wants exactly one workbook, in the root or one folder down', async () => {
    const none = await makeZip([{ name: 'a.jpg', data: jpeg('a') }]);
    expect(await parseImportFile(none, 'a.zip')).toMatchObject({ ok: false, problem: { code: 'zip_no_sheet' } });
    const deep = await makeZip([{ name: 'a/b/people.xlsx', data: sheet }]);
    expect(await parseImportFile(deep, 'a.zip')).toMatchObject({ ok: false, problem: { code: 'zip_no_sheet' } });
    const two = await makeZip([
      { name: 'one.xlsx', data: sheet },
      { name: 'x/two.xlsx', data: sheet },
    ]);
    expect(await parseImportFile(two, 'a.zip')).toMatchObject({
      ok: false,
      problem: { code: 'zip_many_sheets', params: { files: 'one.xlsx, x/two.xlsx' } },
    });
  });

  it('a ZIP with a CSV, or a CSV called .xlsx, instead of a workbook gets the CSV advice', async () => {
    const csv = Buffer.from('first_name,last_name\nA,B\n');
    expect(await parseImportFile(await makeZip([{ name: 'people.csv', data: csv }]), 'a.zip')).toMatchObject({
      ok: false,
      problem: { code: 'not_xlsx_csv', params: { file: 'people.csv' } },
    });
    expect(await parseImportFile(await makeZip([{ name: 'people.xlsx', data: csv }]), 'a.zip')).toMatchObject({
      ok: false,
      problem: { code: 'not_xlsx_csv', params: { file: 'people.xlsx' } },
    });
  });

  it('refuses two photos with the same name in different folders', async () => {
    const zip = await makeZip([
      { name: 'p.xlsx', data: sheet },
      { name: 'a/x.jpg', data: jpeg('1') },
      { name: 'b/X.jpg', data: jpeg('2') },
    ]);
    expect(await parseImportFile(zip, 'a.zip')).toMatchObject({ ok: false, problem: { code: 'zip_duplicate_photo' } });
  });

  it.each([
    ['../evil.jpg', 'xx/evil.jpg', '../evil.jpg'],
    ['photos/../../evil.jpg', 'photos/xx/xx/evil.jpg', 'photos/../../evil.jpg'],
    ['/etc/evil.jpg', 'x/etc/evil.jpg', '//etc/evil.jpg'],
    ['C:/evil.jpg', 'xx/evil.jpg', 'C:/evil.jpg'],
    ['..\\evil.jpg', 'xxxevil.jpg', '..\\evil.jpg'],
  ])('refuses the path %s with zip_path', async (_label, written, patched) => {
    const zip = await makeZip([
      { name: 'p.xlsx', data: sheet },
      { name: written, data: jpeg('evil') },
    ]);
    const evil = replaceBytes(zip, written, patched);
    const parsed = await parseImportFile(evil, 'a.zip');
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'zip_path' } });
  });

  it('refuses a password-protected ZIP', async () => {
    const zip = await makeZip([{ name: 'p.xlsx', data: sheet }]);
    const encrypted = patchCentralDirectory(zip, 'flags', (flags) => flags | 1);
    expect(await parseImportFile(encrypted, 'a.zip')).toMatchObject({ ok: false, problem: { code: 'zip_encrypted' } });
  });

  it('refuses a photo over the per-entry cap by its declared size', async () => {
    const zip = await makeZip([
      { name: 'p.xlsx', data: sheet },
      { name: 'big.jpg', data: Buffer.alloc(2 * 1024 * 1024) },
    ]);
    const parsed = await parseImportFile(zip, 'a.zip', tightLimits({ maxEntryBytes: 1024 * 1024 }));
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'zip_entry_too_large', params: { name: 'big.jpg', maxMb: 1 } } });
  });
});

describe('parseImportFile: ZIP bombs', () => {
  const MB = 1024 * 1024;
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await makeZip([
      { name: 'p.xlsx', data: sheet },
      { name: 'photo.jpg', data: zeros(300 * MB) },
    ]);
  }, 60_000);

  it('300 MB of zeros deflates to well under a megabyte', () => {
    expect(bomb.length).toBeLessThan(MB);
  });

  it('an honest header declaring 300 MB is refused before unpacking', async () => {
    const parsed = await parseImportFile(bomb, 'a.zip', tightLimits({ maxEntryBytes: 400 * MB }));
    expect(parsed).toMatchObject({ ok: false, problem: { code: 'zip_bomb', params: { reason: 'declared' } } });
    expect(await parseImportFile(bomb, 'a.zip')).toMatchObject({ ok: false, problem: { code: 'zip_entry_too_large' } });
  });

  it('a header that lies (declares 1 KB) is stopped while unpacking, by yauzl and by our own count', async () => {
    const liar = patchCentralDirectory(bomb, 'uncompressedSize', (size) => (size > MB ? 1024 : size));
    expect(await parseImportFile(liar, 'a.zip')).toMatchObject({
      ok: false,
      problem: { code: 'zip_bomb', params: { reason: 'size_mismatch' } },
    });

    const rssBefore = process.memoryUsage().rss;
    const ownCount = await parseImportFile(liar, 'a.zip', undefined, { validateEntrySizes: false });
    expect(ownCount).toMatchObject({ ok: false, problem: { code: 'zip_bomb', params: { reason: 'actual' } } });
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * MB);
  });

  it('the total actually read is capped too, across entries that each stay under the entry cap', async () => {
    const many = await makeZip([
      { name: 'p.xlsx', data: sheet },
      ...Array.from({ length: 5 }, (_, i) => ({ name: `${i}.jpg`, data: zeros(3 * MB) })),
    ]);
    const liar = patchCentralDirectory(many, 'uncompressedSize', (size) => (size === 3 * MB ? 1024 : size));
    const limits = tightLimits({ maxEntryBytes: 4 * MB, maxUncompressedBytes: 10 * MB });
    expect(await parseImportFile(liar, 'a.zip', limits, { validateEntrySizes: false })).toMatchObject({
      ok: false,
      problem: { code: 'zip_bomb', params: { reason: 'actual' } },
    });
  });

  it('many small entries', async () => {
    const tiny = Array.from({ length: 1001 }, (_, i) => ({ name: `p/${i}.jpg`, data: Buffer.from([i % 256]) }));
    const zip = await makeZip([{ name: 'p.xlsx', data: sheet }, ...tiny]);
    expect(await parseImportFile(zip, 'a.zip')).toMatchObject({ ok: false, problem: { code: 'zip_bomb', params: { reason: 'entries' } } });
  });

  it('a bomb inside the .xlsx (itself a ZIP) is stopped while its sheet is read, alone or inside a ZIP', async () => {
    const stuffed = await makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      {
        name: 'xl/workbook.xml',
        data: Buffer.from('<workbook><sheets><sheet name="People" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: Buffer.from('<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      },
      { name: 'xl/worksheets/sheet1.xml', data: spacedSheet(300 * MB) },
    ]);
    const lying = patchCentralDirectory(stuffed, 'uncompressedSize', (size) => (size > MB ? 1024 : size));
    expect(await parseImportFile(stuffed, 'a.xlsx', tightLimits({ maxEntryBytes: 400 * MB }))).toMatchObject({
      ok: false,
      problem: { code: 'zip_bomb' },
    });
    expect(await parseImportFile(lying, 'a.xlsx')).toMatchObject({ ok: false, problem: { code: 'zip_bomb' } });
    const outer = await makeZip([{ name: 'people.xlsx', data: lying, compress: false }]);
    expect(await parseImportFile(outer, 'a.zip')).toMatchObject({ ok: false, problem: { code: 'zip_bomb' } });
  }, 60_000);

  it('a part that is never used (an image in the workbook) is never unpacked, whatever it holds', async () => {
    const book = await makeXlsx([MANDATORY, person('Anna', 'Andersson', '199001011234')]);
    const parts = await unzipAll(book);
    const stuffed = await makeZip([...parts, { name: 'xl/media/image1.png', data: zeros(300 * MB) }]);
    const lying = patchCentralDirectory(stuffed, 'uncompressedSize', (size) => (size > MB ? 1024 : size));
    expect(await parseImportFile(lying, 'a.xlsx', undefined, { validateEntrySizes: false })).toMatchObject({
      ok: true,
      rows: [{ rowNumber: 2 }],
    });
  }, 60_000);

  it('an .xlsx with too many parts', async () => {
    const parts = Array.from({ length: 1001 }, (_, i) => ({ name: `xl/x${i}.xml`, data: Buffer.from('<x/>') }));
    const xlsx = await makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<w/>') },
      ...parts,
    ]);
    expect(await parseImportFile(xlsx, 'a.xlsx')).toMatchObject({
      ok: false,
      problem: { code: 'zip_bomb', params: { reason: 'entries' } },
    });
  });
});
