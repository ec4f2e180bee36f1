import { t, type Locale, type MessageKey } from '../i18n/index';
import type { FileProblem, FileProblemCode } from './types';

/** Compile-time guarantee that every refusal has a message. */
const FILE_MESSAGES = {
  too_large: 'bulk.file.too_large',
  empty_file: 'bulk.file.empty_file',
  not_xlsx: 'bulk.file.not_xlsx',
  not_xlsx_csv: 'bulk.file.not_xlsx_csv',
  not_xlsx_xls: 'bulk.file.not_xlsx_xls',
  corrupt_zip: 'bulk.file.corrupt_zip',
  zip_encrypted: 'bulk.file.zip_encrypted',
  zip_bomb: 'bulk.file.zip_bomb',
  zip_entry_too_large: 'bulk.file.zip_entry_too_large',
  zip_path: 'bulk.file.zip_path',
  zip_no_sheet: 'bulk.file.zip_no_sheet',
  zip_many_sheets: 'bulk.file.zip_many_sheets',
  zip_duplicate_photo: 'bulk.file.zip_duplicate_photo',
  corrupt_xlsx: 'bulk.file.corrupt_xlsx',
  empty_sheet: 'bulk.file.empty_sheet',
  missing_columns: 'bulk.file.missing_columns',
  too_many_columns: 'bulk.file.too_many_columns',
  unknown_column: 'bulk.file.unknown_column',
  duplicate_column: 'bulk.file.duplicate_column',
  too_many_rows: 'bulk.file.too_many_rows',
} as const satisfies Record<FileProblemCode, MessageKey>;

/** The user-facing text for a refused file. */
export function describeFileProblem(problem: FileProblem, locale: Locale = 'en'): string {
  return t(locale, FILE_MESSAGES[problem.code], problem.params);
}

/** The user-facing text for findPhotoForRow's problems. */
export function describePhotoProblem(
  problem: 'photo_file_missing' | 'no_photo',
  params: { file?: string; example?: string },
  locale: Locale = 'en',
): string {
  const key = problem === 'photo_file_missing' ? 'bulk.photo.photo_file_missing' : 'bulk.photo.no_photo';
  return t(locale, key, { file: params.file ?? '', example: params.example ?? '191212121212' });
}
