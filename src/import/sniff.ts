/** What the bytes are, whatever the file is called. */
export type Sniffed = 'zip' | 'ole' | 'text' | 'pdf' | 'empty' | 'unknown';

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: old .xls, and also any password-protected .xlsx */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

export function sniff(bytes: Buffer): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  if (startsWith(bytes, PDF)) return 'pdf';
  return looksLikeText(bytes.subarray(0, 8192)) ? 'text' : 'unknown';
}

/**
 * CSV, tab-separated "Unicode text" (UTF-16 with BOM), HTML or XML saved with an .xls/.xlsx name.
 * Text: a UTF-16 BOM, or no NUL bytes and almost no control characters other than tab/CR/LF.
 */
function looksLikeText(head: Buffer): boolean {
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
  let control = 0;
  for (const b of head) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) control++;
  }
  return control <= head.length / 100;
}
