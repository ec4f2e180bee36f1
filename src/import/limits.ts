/** Caps for one bulk-import upload. The issuer allows 16 columns and 300 rows per file. */
export interface ImportLimits {
  maxRows: number;
  maxColumns: number;
  maxUploadBytes: number;
  /** entries in the uploaded ZIP, and in the .xlsx (itself a ZIP) */
  maxZipEntries: number;
  /** total unpacked bytes, declared in the headers and actually read */
  maxUncompressedBytes: number;
  /** unpacked bytes of one entry (one photo, one sheet part) */
  maxEntryBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_IMPORT_LIMITS: ImportLimits = Object.freeze({
  maxRows: 300,
  maxColumns: 16,
  maxUploadBytes: 20 * MB,
  maxZipEntries: 1000,
  maxUncompressedBytes: 200 * MB,
  maxEntryBytes: 10 * MB,
});

/** Megabytes with one decimal, for messages. */
export function toMb(bytes: number): number {
  return Math.round((bytes / MB) * 10) / 10;
}
