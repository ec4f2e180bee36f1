import type { MessageKey } from '../i18n/index';
import type { PhotoFailureCode, PhotoFindingCode, PhotoParams } from './types';

/** One catalogue entry per code; the Record types make a missing code or key a compile error. */
const FAILURE_KEYS: Record<PhotoFailureCode, MessageKey> = {
  empty: 'photo.failure.empty',
  too_large_bytes: 'photo.failure.too_large_bytes',
  unsupported_format: 'photo.failure.unsupported_format',
  corrupt: 'photo.failure.corrupt',
  too_many_pixels: 'photo.failure.too_many_pixels',
  too_small: 'photo.failure.too_small',
  no_face: 'photo.failure.no_face',
  several_faces: 'photo.failure.several_faces',
  too_few_pixels: 'photo.failure.too_few_pixels',
};

const FINDING_KEYS: Record<PhotoFindingCode, MessageKey> = {
  background_not_light: 'photo.finding.background_not_light',
  background_not_plain: 'photo.finding.background_not_plain',
  too_dark: 'photo.finding.too_dark',
  too_bright: 'photo.finding.too_bright',
  blurry: 'photo.finding.blurry',
  cropped_to_portrait: 'photo.finding.cropped_to_portrait',
  head_cut_off: 'photo.finding.head_cut_off',
  head_too_close: 'photo.finding.head_too_close',
  head_tilted: 'photo.finding.head_tilted',
  head_turned: 'photo.finding.head_turned',
  eyes_closed: 'photo.finding.eyes_closed',
  face_not_checked: 'photo.finding.face_not_checked',
};

/**
 * Variants of `unsupported_format` with advice for the type found: HEIC gets the iPhone setting,
 * an unrecognisable file is not called "a unknown file".
 */
const UNSUPPORTED_BY_FOUND: Record<string, MessageKey> = {
  HEIC: 'photo.failure.unsupported_format_heic',
  unknown: 'photo.failure.unsupported_format_unknown',
};

/**
 * The catalogue key for a failure or finding code: `photo.failure.<code>` / `photo.finding.<code>`.
 * Pass the params too, so `unsupported_format` can pick its HEIC or unknown-file variant.
 * Unknown codes (e.g. from stored data written by a newer version) get a generic message.
 */
export function photoMessageKey(kind: 'failure' | 'finding', code: string, params?: PhotoParams): MessageKey {
  if (kind === 'failure') {
    const found = params?.found;
    if (code === 'unsupported_format' && typeof found === 'string' && UNSUPPORTED_BY_FOUND[found]) {
      return UNSUPPORTED_BY_FOUND[found]!;
    }
    return Object.hasOwn(FAILURE_KEYS, code) ? FAILURE_KEYS[code as PhotoFailureCode] : 'photo.failure.generic';
  }
  return Object.hasOwn(FINDING_KEYS, code) ? FINDING_KEYS[code as PhotoFindingCode] : 'photo.finding.generic';
}
