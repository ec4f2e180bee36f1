/** Builds every test file in memory: workbooks with exceljs, ZIPs with yazl. No fixtures on disk. */
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../../src/import/index';

export const MANDATORY = ['first_name', 'last_name', 'nationality', 'national_identity_number'];

export async function makeXlsx(
  rows: ExcelJS.CellValue[][],
  setup?: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('People');
  rows.forEach((row, i) => row.forEach((value, j) => (sheet.getCell(i + 1, j + 1).value = value ?? null)));
  setup?.(sheet, workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const person = (first: string, last: string, id: string): string[] => [first, last, 'SE', id];

export type ZipItem = { name: string; data: Buffer | (() => Readable); compress?: boolean };

export function makeZip(items: ZipItem[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const item of items) {
    if (Buffer.isBuffer(item.data)) zip.addBuffer(item.data, item.name, { compress: item.compress ?? true });
    else zip.addReadStream(item.data(), item.name);
  }
  zip.end();
  return streamToBuffer(zip.outputStream as Readable);
}

export async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** `total` bytes of zeros, streamed in 1 MB chunks (deflates about 1000:1). */
export function zeros(total: number): () => Readable {
  return () => {
    const chunk = Buffer.alloc(1024 * 1024);
    let left = total;
    return new Readable({
      read() {
        if (left <= 0) return this.push(null);
        const n = Math.min(left, chunk.length);
        left -= n;
        this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      },
    });
  };
}

const CENTRAL_HEADER = 0x02014b50;

/** Rewrites one field of every central-directory header: how a ZIP whose headers lie is made. */
export function patchCentralDirectory(zip: Buffer, field: 'uncompressedSize' | 'flags', value: (old: number) => number): Buffer {
  const out = Buffer.from(zip);
  const offset = field === 'uncompressedSize' ? 24 : 8;
  for (let i = out.length - 46; i >= 0; i--) {
    if (out.readUInt32LE(i) !== CENTRAL_HEADER) continue;
    if (field === 'flags') out.writeUInt16LE(value(out.readUInt16LE(i + offset)), i + offset);
    else out.writeUInt32LE(value(out.readUInt32LE(i + offset)), i + offset);
  }
  return out;
}

/** Replaces a same-length byte string everywhere (entry names in local and central headers). */
export function replaceBytes(buffer: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('same length only');
  const out = Buffer.from(buffer);
  let at = out.indexOf(from);
  while (at !== -1) {
    out.write(to, at, 'latin1');
    at = out.indexOf(from, at + 1);
  }
  return out;
}

export const tightLimits = (over: Partial<ImportLimits> = {}): ImportLimits => ({ ...DEFAULT_IMPORT_LIMITS, ...over });

export const jpeg = (tag: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(tag)]);
