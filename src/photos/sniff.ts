/**
 * The real type of an upload from its magic numbers. File names and MIME types come from the
 * client and lie (an iPhone HEIC arrives as "photo.jpg"); the bytes do not.
 */
export type SniffedImageType = 'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'pdf' | 'svg' | 'tiff' | 'bmp' | 'unknown';

/** ISO-BMFF `ftyp` brands of the HEIF family (HEIC from iPhones; AVIF reported as HEIC too). */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1', 'avif', 'avis']);

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
}

function isHeif(bytes: Uint8Array): boolean {
  if (bytes.length < 12 || ascii(bytes, 4, 8) !== 'ftyp') return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxSize = Math.min(view.getUint32(0), bytes.length, 256);
  // Major brand at 8, then minor version, then compatible brands up to the end of the box.
  for (let at = 8; at + 4 <= Math.max(boxSize, 12); at += at === 8 ? 8 : 4) {
    if (HEIF_BRANDS.has(ascii(bytes, at, at + 4))) return true;
  }
  return false;
}

function isSvg(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, 1024)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(head);
}

export function sniffImageType(bytes: Uint8Array): SniffedImageType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (isHeif(bytes)) return 'heic';
  // The PDF header may follow up to 1 KB of junk, and readers accept that.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 14) return 'bmp';
  if (isSvg(bytes)) return 'svg';
  return 'unknown';
}

/** How a type is named to the user in `{found}`. */
export const IMAGE_TYPE_LABEL: Record<SniffedImageType, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  webp: 'WebP',
  heic: 'HEIC',
  pdf: 'PDF',
  svg: 'SVG',
  tiff: 'TIFF',
  bmp: 'BMP',
  unknown: 'unknown',
};
