import { DEFAULT_IMPORT_LIMITS, toMb, type ImportLimits } from './limits';
import { readSheet } from './sheet';
import { sniff } from './sniff';
import { fileProblem, type FileProblem, type ParsedImport } from './types';
import { baseName, openSafeZip, type ZipOptions } from './zip';

const XLSX_PARTS = ['[content_types].xml', 'xl/workbook.xml'];

/**
 * Reads an upload: an .xlsx, or a .zip holding one .xlsx (in the root or one folder down) plus
 * photos. Decided by the bytes, never by `fileName` (used only in messages).
 */
export async function parseImportFile(
  bytes: Buffer,
  fileName: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
  zipOptions: ZipOptions = {},
): Promise<ParsedImport> {
  if (bytes.length > limits.maxUploadBytes) {
    return refuse('too_large', { sizeMb: toMb(bytes.length), maxMb: toMb(limits.maxUploadBytes) });
  }
  const notZip = notAZip(bytes, fileName);
  if (notZip) return { ok: false, problem: notZip };

  const opened = await openSafeZip(bytes, limits, zipOptions);
  if (!opened.ok) return opened;
  const zip = opened.value;
  try {
    const kind = classify(zip.files);
    if (kind === 'xlsx') return await parseWorkbook(bytes, fileName, limits, zipOptions, new Map(), false);
    if (kind !== 'bundle') return refuse('not_xlsx', { file: fileName, detected: kind });

    const sheets = zip.files.filter((name) => /\.xls[xm]$/i.test(name) && name.split('/').length <= 2);
    if (sheets.length > 1) return refuse('zip_many_sheets', { files: sheets.join(', ') });
    const [sheetName] = sheets;
    if (!sheetName) return { ok: false, problem: noSheetProblem(zip.files) };

    const read = await zip.read((name) => (name === sheetName || isPhotoCandidate(name) ? 'keep' : 'skip'));
    if (!read.ok) return read;
    const photos = new Map<string, Buffer>();
    for (const [name, data] of read.value) {
      if (name === sheetName) continue;
      const key = baseName(name).toLowerCase();
      if (photos.has(key)) return refuse('zip_duplicate_photo', { name: baseName(name) });
      photos.set(key, data);
    }
    const workbook = read.value.get(sheetName) ?? Buffer.alloc(0);
    read.value.clear();
    return await parseWorkbook(workbook, baseName(sheetName), limits, zipOptions, photos, true);
  } finally {
    zip.close();
  }
}

/** An .xlsx is itself a ZIP: its parts go through the same caps while they are read. */
async function parseWorkbook(
  xlsx: Buffer,
  fileName: string,
  limits: ImportLimits,
  zipOptions: ZipOptions,
  photos: Map<string, Buffer>,
  bundled: boolean,
): Promise<ParsedImport> {
  const notZip = notAZip(xlsx, fileName);
  if (notZip) return { ok: false, problem: notZip };
  const opened = await openSafeZip(xlsx, limits, zipOptions);
  if (!opened.ok) return opened.problem.code === 'corrupt_zip' ? refuse('corrupt_xlsx', { file: fileName }) : opened;
  try {
    const kind = classify(opened.value.files);
    if (kind !== 'xlsx') return refuse('not_xlsx', { file: fileName, detected: kind === 'bundle' ? 'zip' : kind });
    // Only the parts that are used are unpacked (under the caps); the other sheets stay packed.
    const sheet = await readSheet(opened.value, opened.value.files, limits);
    if (!sheet.ok) return sheet;
    const readAs = bundled ? 'zip' : 'xlsx';
    return {
      ok: true,
      kind: readAs,
      rows: sheet.rows,
      photos,
      headerColumns: sheet.headerColumns,
      sheetName: sheet.sheetName,
      ignoredSheets: sheet.ignoredSheets,
    };
  } finally {
    opened.value.close();
  }
}

type ZipKind = 'xlsx' | 'bundle' | 'ods' | 'xlsb' | 'office';

function classify(files: string[]): ZipKind {
  const lower = new Set(files.map((f) => f.toLowerCase()));
  if (XLSX_PARTS.every((part) => lower.has(part))) return 'xlsx';
  if (lower.has('xl/workbook.bin')) return 'xlsb';
  if (lower.has('mimetype') && lower.has('content.xml')) return 'ods';
  if (lower.has('[content_types].xml')) return 'office';
  return 'bundle';
}

/** Anything but a ZIP is refused here, with advice that fits what it really is. */
function notAZip(bytes: Buffer, fileName: string): FileProblem | undefined {
  switch (sniff(bytes)) {
    case 'zip':
      return undefined;
    case 'empty':
      return fileProblem('empty_file', { file: fileName });
    case 'ole':
      return fileProblem('not_xlsx_xls', { file: fileName });
    case 'text':
      return fileProblem('not_xlsx_csv', { file: fileName });
    case 'pdf':
      return fileProblem('not_xlsx', { file: fileName, detected: 'pdf' });
    default:
      return fileProblem('not_xlsx', { file: fileName, detected: 'unknown' });
  }
}

/** A ZIP with a .csv or .xls instead of an .xlsx gets the same advice as uploading one directly. */
function noSheetProblem(files: string[]): FileProblem {
  const csv = files.find((name) => /\.(csv|txt)$/i.test(name));
  if (csv) return fileProblem('not_xlsx_csv', { file: baseName(csv) });
  const xls = files.find((name) => /\.xls$/i.test(name));
  if (xls) return fileProblem('not_xlsx_xls', { file: baseName(xls) });
  return fileProblem('zip_no_sheet');
}

/** Image files by name; their bytes are checked by the photo rules later, per row. */
function isPhotoCandidate(name: string): boolean {
  return /\.(jpe?g|jfif|png|heic|heif|webp|gif|bmp|tiff?)$/i.test(name);
}

function refuse(code: Parameters<typeof fileProblem>[0], params: Record<string, string | number>): ParsedImport {
  return { ok: false, problem: fileProblem(code, params) };
}
