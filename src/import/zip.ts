import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ImportLimits } from './limits';
import { toMb } from './limits';
import { fileProblem, type FileProblem } from './types';

/** What to do with a listed file: keep its bytes, or leave it packed (one sheet part is streamed instead, see `stream`). */
export type ReadChoice = 'keep' | 'skip';
type Result<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

export interface SafeZip {
  /** file entries, folders and junk (__MACOSX/, dotfiles, ~$ lock files) left out */
  files: string[];
  /** unpacks the chosen files under the caps; actually-read bytes count, not the headers' word */
  read(choose: (name: string) => ReadChoice): Promise<Result<Map<string, Buffer>>>;
  /**
   * Unpacks one file under the same caps, handing each chunk to `sink` instead of keeping it;
   * `sink` returns 'stop' when it has read enough. Undefined when the file is not there.
   */
  stream(name: string, sink: (chunk: Buffer) => 'more' | 'stop'): Promise<Result<void> | undefined>;
  close(): void;
}

/** The caller can switch off yauzl's own size check, to prove our byte counting stands alone. */
export type ZipOptions = { validateEntrySizes?: boolean };

export async function openSafeZip(bytes: Buffer, limits: ImportLimits, opts: ZipOptions = {}): Promise<Result<SafeZip>> {
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      decodeStrings: false, // we decode and vet names ourselves, to report 'zip_path' rather than a bare error
      validateEntrySizes: opts.validateEntrySizes ?? true,
      strictFileNames: false,
    });
  } catch {
    return { ok: false, problem: fileProblem('corrupt_zip') };
  }
  const listed = await listEntries(zip, limits);
  if (!listed.ok) {
    zip.close();
    return listed;
  }
  const entries = listed.value;
  // What streamed entries unpacked so far, against maxUncompressedBytes.
  const budget = { total: 0 };
  return {
    ok: true,
    value: {
      files: [...entries.keys()],
      read: (choose) => readChosen(zip, entries, limits, budget, choose),
      stream: async (name, sink) => {
        const entry = entries.get(name);
        if (!entry) return undefined;
        const read = await readEntry(zip, entry, name, limits, budget, sink);
        return read.ok ? { ok: true, value: undefined } : read;
      },
      close: () => zip.close(),
    },
  };
}

async function listEntries(zip: ZipFile, limits: ImportLimits): Promise<Result<Map<string, Entry>>> {
  const tooMany = () => bomb('entries', limits);
  if (zip.entryCount > limits.maxZipEntries) return { ok: false, problem: tooMany() };
  const files = new Map<string, Entry>();
  let seen = 0;
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (++seen > limits.maxZipEntries) return { ok: false, problem: tooMany() };
      const name = entryName(entry);
      if (isUnsafePath(name)) return { ok: false, problem: fileProblem('zip_path', { name }) };
      if (name.endsWith('/') || isJunk(name)) continue;
      if (entry.isEncrypted()) return { ok: false, problem: fileProblem('zip_encrypted') };
      if (!entry.canDecodeFileData()) return { ok: false, problem: fileProblem('corrupt_zip', { name }) };
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        return { ok: false, problem: fileProblem('zip_entry_too_large', { name, maxMb: toMb(limits.maxEntryBytes) }) };
      }
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) {
        return { ok: false, problem: bomb('declared', limits) };
      }
      files.set(name, entry);
    }
  } catch (err) {
    return { ok: false, problem: mapZipError(err, limits) };
  }
  return { ok: true, value: files };
}

async function readChosen(
  zip: ZipFile,
  entries: Map<string, Entry>,
  limits: ImportLimits,
  budget: { total: number },
  choose: (name: string) => ReadChoice,
): Promise<Result<Map<string, Buffer>>> {
  const kept = new Map<string, Buffer>();
  for (const [name, entry] of entries) {
    const choice = choose(name);
    if (choice === 'skip') continue;
    const chunks: Buffer[] = [];
    const read = await readEntry(zip, entry, name, limits, budget, (chunk) => {
      chunks.push(chunk);
      return 'more';
    });
    if (!read.ok) return read;
    kept.set(name, Buffer.concat(chunks));
  }
  return { ok: true, value: kept };
}

/** Streams one entry, stopping the moment either cap is passed: a bomb whose headers lie is cut off here. */
async function readEntry(
  zip: ZipFile,
  entry: Entry,
  name: string,
  limits: ImportLimits,
  budget: { total: number },
  sink: (chunk: Buffer) => 'more' | 'stop',
): Promise<Result<void>> {
  let stream;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (err) {
    return { ok: false, problem: mapZipError(err, limits) };
  }
  return new Promise((resolve) => {
    let size = 0;
    let settled = false;
    const finish = (result: Result<void>) => {
      if (settled) return;
      settled = true;
      if (!result.ok || stream.readable) stream.destroy();
      resolve(result);
    };
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      budget.total += chunk.length;
      if (size > limits.maxEntryBytes || budget.total > limits.maxUncompressedBytes) {
        return finish({ ok: false, problem: bomb('actual', limits) });
      }
      if (sink(chunk) === 'stop') finish({ ok: true, value: undefined });
    });
    stream.on('error', (err) => finish({ ok: false, problem: mapZipError(err, limits) }));
    stream.on('end', () => finish({ ok: true, value: undefined }));
  });
}

function entryName(entry: Entry): string {
  // with decodeStrings off, fileName holds the raw bytes; this applies the UTF-8 flag / CP437 rules
  const raw = entry.fileNameRaw ?? (entry.fileName as unknown as Buffer);
  const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
  return name.normalize('NFC');
}

function isUnsafePath(name: string): boolean {
  return name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.includes('\0') || name.split('/').includes('..');
}

/** macOS resource forks, dotfiles (.DS_Store) and Office lock files (~$book.xlsx) */
function isJunk(name: string): boolean {
  return name.split('/').some((part) => part === '__MACOSX' || (part !== '.' && part.startsWith('.')) || part.startsWith('~$'));
}

/** Same params whatever tripped, so one message fits: reason is for logs. */
function bomb(reason: 'entries' | 'declared' | 'actual' | 'size_mismatch', limits: ImportLimits): FileProblem {
  return fileProblem('zip_bomb', { reason, maxEntries: limits.maxZipEntries, maxMb: toMb(limits.maxUncompressedBytes) });
}

function mapZipError(err: unknown, limits: ImportLimits): FileProblem {
  const message = err instanceof Error ? err.message : String(err);
  // the stream gave more bytes than the central directory declared: headers that lie
  if (/too many bytes in the stream/.test(message)) return bomb('size_mismatch', limits);
  if (/encrypt/i.test(message)) return fileProblem('zip_encrypted');
  return fileProblem('corrupt_zip');
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
