/**
 * Upload -> checked, normalised card photo. Cheap refusals come first (byte count, magic number,
 * header dimensions) so hostile or oversized input is never decoded; then one decode to a reduced
 * working copy that orients, shrinks on load and drops every bit of metadata; the face check and
 * the crop around the head (framePhoto.ts); then small encodes and the measured checks.
 */
import sharp, { type Metadata } from 'sharp';
import {
  PHOTO_ANALYSIS_HEIGHT,
  PHOTO_ANALYSIS_WIDTH,
  PHOTO_JPEG_QUALITY,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_INPUT_PIXELS,
  PHOTO_MIN_HEIGHT,
  PHOTO_MIN_WIDTH,
  PHOTO_THUMB_HEIGHT,
  PHOTO_THUMB_JPEG_QUALITY,
  PHOTO_THUMB_WIDTH,
} from '../domain/photo-rules';
import { findingsFrom, measure } from './checks';
import { decodeReduced, type RawImage } from './decode';
import { FRAME, frameByFace } from './framePhoto';
import { orientedSize } from './geometry';
import { IMAGE_TYPE_LABEL, sniffImageType } from './sniff';
import type { PhotoFailureCode, PhotoFinding, PhotoOutcome, PhotoParams, ProcessPhotoOptions } from './types';

const MIB = 1024 * 1024;
/**
 * The working copy's long side. A 4000x3000 phone photo decodes at half scale (libjpeg's 1/2 DCT
 * scaling) to 2000x1500: enough for the 600x800 frame whenever the head takes a fifth of the
 * photo's height or more; for smaller heads the frame is cut from a second, larger decode.
 */
const WORKING_LONG_SIDE = 2000;
/**
 * mozjpeg's quantisation tables, progressive scans and deringing, but without trellis quantisation
 * and scan optimisation: those cost 4x the encode time (32 vs 8 ms at 600x800) to save ~25% of a
 * ~35 KB file, and they trade quality for size, which a card photo does not need.
 */
const PHOTO_JPEG = { quality: PHOTO_JPEG_QUALITY, mozjpeg: true, trellisQuantisation: false, optimiseScans: false };
const THUMB_JPEG = { ...PHOTO_JPEG, quality: PHOTO_THUMB_JPEG_QUALITY };

const fail = (code: PhotoFailureCode, params: PhotoParams = {}): PhotoOutcome => ({ ok: false, failure: { code, params } });
/** Rounded up, so 5.01 MB over a 5 MB limit never reads "5 MB; the limit is 5 MB". */
const megabytes = (bytes: number): number => Math.ceil((bytes / MIB) * 10) / 10;
const megapixels = (pixels: number): number => Math.round(pixels / 1e5) / 10;

function asBuffer(bytes: Buffer | Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function isPixelLimitError(error: unknown): boolean {
  return error instanceof Error && /pixel limit/i.test(error.message);
}

/** Rec. 601 luma of interleaved 8-bit RGB pixels. */
function lumaOf(pixels: Buffer): Uint8Array {
  const out = new Uint8Array(pixels.length / 3);
  for (let i = 0, p = 0; i < out.length; i++, p += 3) {
    out[i] = Math.round(0.299 * pixels[p]! + 0.587 * pixels[p + 1]! + 0.114 * pixels[p + 2]!);
  }
  return out;
}

export async function processPhoto(bytes: Buffer | Uint8Array, opts: ProcessPhotoOptions): Promise<PhotoOutcome> {
  const maxBytes = opts.maxBytes ?? PHOTO_MAX_BYTES;
  const maxPixels = opts.maxInputPixels ?? PHOTO_MAX_INPUT_PIXELS;

  if (bytes.length === 0) return fail('empty');
  if (bytes.length > maxBytes) return fail('too_large_bytes', { sizeMb: megabytes(bytes.length), maxMb: megabytes(maxBytes) });

  const type = sniffImageType(bytes);
  if (type !== 'jpeg' && type !== 'png') return fail('unsupported_format', { found: IMAGE_TYPE_LABEL[type] });
  const input = asBuffer(bytes);

  // Header only: no pixels are decoded, so a 20000x20000 PNG costs nothing here.
  let header: Metadata;
  try {
    header = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    return fail('corrupt');
  }
  if (header.format !== type || !header.width || !header.height) return fail('corrupt');
  if (header.width * header.height > maxPixels) {
    return fail('too_many_pixels', {
      width: header.width,
      height: header.height,
      megapixels: megapixels(header.width * header.height),
      maxMegapixels: megapixels(maxPixels),
    });
  }

  const source = orientedSize(header.width, header.height, header.orientation);
  if (source.width < PHOTO_MIN_WIDTH || source.height < PHOTO_MIN_HEIGHT) {
    return fail('too_small', { width: source.width, height: source.height, minWidth: PHOTO_MIN_WIDTH, minHeight: PHOTO_MIN_HEIGHT });
  }

  let working: RawImage;
  try {
    working = await decodeReduced(input, maxPixels, WORKING_LONG_SIDE);
  } catch (error) {
    return isPixelLimitError(error) ? fail('too_many_pixels', { maxMegapixels: megapixels(maxPixels) }) : fail('corrupt');
  }

  const framed = await frameByFace({ input, working, source, faces: opts.faces, maxInputPixels: maxPixels });
  if ('failure' in framed) return { ok: false, failure: framed.failure };
  const frame = framed.frame;
  const channels = 3;
  const rawFrame = { raw: { width: FRAME.width, height: FRAME.height, channels } } as const;
  const analysis = { width: PHOTO_ANALYSIS_WIDTH, height: PHOTO_ANALYSIS_HEIGHT };
  const small = sharp(frame.data, rawFrame).resize(analysis.width, analysis.height, { fit: 'fill' }).raw().toBuffer();
  const sameSize = analysis.width === PHOTO_THUMB_WIDTH && analysis.height === PHOTO_THUMB_HEIGHT;
  const [photo, thumbnail, smallPixels] = await Promise.all([
    sharp(frame.data, rawFrame).jpeg(PHOTO_JPEG).toBuffer(),
    (sameSize
      ? small.then((pixels) => sharp(pixels, { raw: { width: PHOTO_THUMB_WIDTH, height: PHOTO_THUMB_HEIGHT, channels } }))
      : Promise.resolve(sharp(frame.data, rawFrame).resize(PHOTO_THUMB_WIDTH, PHOTO_THUMB_HEIGHT, { fit: 'fill' }))
    ).then((image) => image.jpeg(THUMB_JPEG).toBuffer()),
    small,
  ]);

  const metrics = measure({ data: lumaOf(smallPixels), ...analysis });
  const findings: PhotoFinding[] = [...framed.findings, ...findingsFrom(metrics)];
  return {
    ok: true,
    photo,
    thumbnail,
    findings,
    source: { format: type, ...source },
    metrics,
    ...(framed.face ? { face: framed.face } : {}),
  };
}
