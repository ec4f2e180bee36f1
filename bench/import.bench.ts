/**
 * Bulk import, file side. 1) a 10,000-row workbook (limits raised): parse + checkRows with a
 * cheap validator. 2) the real shape: 300 rows in a ZIP with 300 photos (600x800 JPEG noise):
 * parse + match photos, with peak RSS. Inputs are generated here and not timed.
 */
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import { checkRows, DEFAULT_IMPORT_LIMITS, findPhotoForRow, IMPORT_COLUMNS, parseImportFile, type RawRow } from '../src/import/index';

const IDENTITY = /^(\d{8}|\d{6})[-+]?\d{4}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function identity(i: number): string {
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  return `19${60 + (i % 40)}${month}${day}-${String(i % 10_000).padStart(4, '0')}`;
}

async function workbook(rows: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Cardholders');
  sheet.addRow([...IMPORT_COLUMNS]);
  for (let i = 0; i < rows; i++) {
    const id = identity(i);
    sheet.addRow([
      `First${i}`,
      `Last${i}`,
      'SE',
      id,
      `${id.slice(0, 4)}-${id.slice(4, 6)}-${id.slice(6, 8)}`,
      `person${i}@example.com`,
      `+4670${String(i).padStart(7, '0')}`,
      'Standard',
      i % 2 ? 'yes' : 'no',
      '',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function cheapValidate(row: RawRow) {
  const v = row.values;
  const ok = IDENTITY.test(v.national_identity_number ?? '') && EMAIL.test(v.email ?? '') && !!v.first_name && !!v.last_name;
  return ok
    ? { ok: true as const, value: (v.national_identity_number ?? '').replace(/\D/g, '') }
    : { ok: false as const, problems: [{ rowNumber: row.rowNumber, column: 'row' as const, code: 'invalid', message: 'invalid' }] };
}

function photoZip(sheet: Buffer, photos: { name: string; data: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(sheet, 'import/people.xlsx');
  for (const p of photos) zip.addBuffer(p.data, `import/photos/${p.name}`, { compress: false });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    (zip.outputStream as Readable)
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', reject);
  });
}

function sampleRss(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function run(): Promise<void> {
  const ROWS = 10_000;
  const big = await workbook(ROWS);
  const t0 = performance.now();
  const parsed = await parseImportFile(big, 'big.xlsx', { ...DEFAULT_IMPORT_LIMITS, maxRows: ROWS });
  const t1 = performance.now();
  if (!parsed.ok) throw new Error(`10k workbook refused: ${parsed.problem.code}`);
  const checked = await checkRows(parsed.rows, cheapValidate, { dedupeKey: (id) => id });
  const t2 = performance.now();
  console.log(
    `10,000-row xlsx (${mb(big.length)}): parse ${(t1 - t0).toFixed(0)} ms, checkRows ${(t2 - t1).toFixed(0)} ms, ` +
      `total ${(t2 - t0).toFixed(0)} ms = ${Math.round(ROWS / ((t2 - t0) / 1000))} rows/s ` +
      `(ready ${checked.ready.length}, problems ${checked.problems.length}; target < 3000 ms)`,
  );

  const PEOPLE = 300;
  const sheet = await workbook(PEOPLE);
  const photos = await Promise.all(
    Array.from({ length: PEOPLE }, async (_, i) => ({
      name: `${identity(i).replace('-', '')}.jpg`,
      data: await sharp({
        create: { width: 600, height: 800, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 12 } },
      })
        .jpeg({ quality: 70 })
        .toBuffer(),
    })),
  );
  const zip = await photoZip(sheet, photos);
  const avgPhoto = photos.reduce((sum, p) => sum + p.data.length, 0) / photos.length;
  photos.length = 0;
  globalThis.gc?.();

  const rssBefore = process.memoryUsage().rss;
  const rss = sampleRss();
  const z0 = performance.now();
  const bundle = await parseImportFile(zip, 'import.zip');
  if (!bundle.ok) throw new Error(`photo ZIP refused: ${bundle.problem.code}`);
  let matched = 0;
  for (const row of bundle.rows) {
    const photo = findPhotoForRow(row, bundle.photos, (row.values.national_identity_number ?? '').replace(/\D/g, ''));
    if ('bytes' in photo) matched++;
  }
  const z1 = performance.now();
  const peak = rss.stop();
  console.log(
    `300-row ZIP with 300 photos (${mb(zip.length)}, photo avg ${(avgPhoto / 1024).toFixed(0)} KB): ` +
      `parse + match ${(z1 - z0).toFixed(0)} ms, matched ${matched}/${bundle.rows.length}, ` +
      `RSS before ${mb(rssBefore)}, peak ${mb(peak)} (+${mb(peak - rssBefore)})`,
  );
}
