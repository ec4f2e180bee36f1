import type { RawRow } from './types';
import { baseName } from './zip';

const PHOTO_EXTENSIONS = ['.jpg', '.jpeg', '.png'];

export type PhotoMatch = { name: string; bytes: Buffer } | { problem: 'photo_file_missing' | 'no_photo' };

/**
 * The photo for a row of a ZIP import. With a photo_file value, that file must exist (an extension
 * may be left out). Without one, a file named after the identity number is used: the validator's
 * normalised form (199001011234.jpg) or the number as typed (19900101-1234.png, 9001011234.jpg).
 */
export function findPhotoForRow(row: RawRow, photos: Map<string, Buffer>, normalisedIdentity?: string): PhotoMatch {
  const named = row.values.photo_file;
  if (named) {
    const found = lookup(photos, [baseName(named.replace(/\\/g, '/'))]);
    return found ?? { problem: 'photo_file_missing' };
  }
  const typed = row.values.national_identity_number ?? '';
  const stems = [normalisedIdentity, typed, typed.replace(/\s+/g, ''), typed.replace(/[^0-9A-Za-z]/g, '')];
  return lookup(photos, stems) ?? { problem: 'no_photo' };
}

function lookup(photos: Map<string, Buffer>, stems: (string | undefined)[]): { name: string; bytes: Buffer } | undefined {
  for (const stem of new Set(stems)) {
    if (!stem) continue;
    const key = stem.trim().toLowerCase();
    const candidates = PHOTO_EXTENSIONS.some((ext) => key.endsWith(ext)) ? [key] : [key, ...PHOTO_EXTENSIONS.map((ext) => key + ext)];
    for (const candidate of candidates) {
      const bytes = photos.get(candidate);
      if (bytes) return { name: candidate, bytes };
    }
  }
  return undefined;
}
