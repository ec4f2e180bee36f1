/**
 * Measured quality checks on a small greyscale image (one luma byte per pixel). Cheap by design:
 * the image is the 150x200 downscale of the already-cropped portrait, so this is ~30k pixels.
 */
import {
  PHOTO_BACKGROUND_MAX_STDDEV,
  PHOTO_BACKGROUND_MIN_LUMA,
  PHOTO_BORDER_BAND,
  PHOTO_BORDER_SIDE_DEPTH,
  PHOTO_BORDER_TRIM,
  PHOTO_FACE_REGION,
  PHOTO_MAX_MEAN_LUMA,
  PHOTO_MIN_MEAN_LUMA,
  PHOTO_MIN_SHARPNESS,
} from '../domain/photo-rules';
import type { PhotoFinding, PhotoMetrics } from './types';

export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function meanAndStdDev(values: ArrayLike<number>): { mean: number; stdDev: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    sum += v;
    sumSq += v * v;
  }
  const n = Math.max(1, values.length);
  const mean = sum / n;
  return { mean, stdDev: Math.sqrt(Math.max(0, sumSq / n - mean * mean)) };
}

/** Luma of the background band (top strip, and side strips above the shoulders). */
function borderValues({ data, width, height }: GreyImage): Uint8Array {
  const bandX = Math.max(1, Math.round(width * PHOTO_BORDER_BAND));
  const bandY = Math.max(1, Math.round(height * PHOTO_BORDER_BAND));
  const sideBottom = Math.round(height * PHOTO_BORDER_SIDE_DEPTH);
  const values: number[] = [];
  for (let y = 0; y < sideBottom; y++) {
    for (let x = 0; x < width; x++) {
      if (y < bandY || x < bandX || x >= width - bandX) values.push(data[y * width + x]!);
    }
  }
  const sorted = Uint8Array.from(values).sort();
  const trim = Math.floor(sorted.length * PHOTO_BORDER_TRIM);
  return sorted.subarray(trim, sorted.length - trim);
}

/** Variance of the 3x3 Laplacian (4-neighbour) over the face region: high when edges are crisp. */
function laplacianVariance({ data, width, height }: GreyImage): number {
  const x0 = Math.max(1, Math.round(width * PHOTO_FACE_REGION.left));
  const x1 = Math.min(width - 1, Math.round(width * PHOTO_FACE_REGION.right));
  const y0 = Math.max(1, Math.round(height * PHOTO_FACE_REGION.top));
  const y1 = Math.min(height - 1, Math.round(height * PHOTO_FACE_REGION.bottom));
  const responses = new Float64Array(Math.max(0, (x1 - x0) * (y1 - y0)));
  let i = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const at = y * width + x;
      responses[i++] = data[at - width]! + data[at + width]! + data[at - 1]! + data[at + 1]! - 4 * data[at]!;
    }
  }
  const { stdDev } = meanAndStdDev(responses);
  return stdDev * stdDev;
}

export function measure(image: GreyImage): PhotoMetrics {
  const border = meanAndStdDev(borderValues(image));
  return {
    meanLuma: round1(meanAndStdDev(image.data).mean),
    borderLuma: round1(border.mean),
    borderStdDev: round1(border.stdDev),
    sharpness: round1(laplacianVariance(image)),
  };
}

/** Soft findings from the metrics, each carrying what was measured and the limit it missed. */
export function findingsFrom(m: PhotoMetrics): PhotoFinding[] {
  const findings: PhotoFinding[] = [];
  if (m.borderLuma < PHOTO_BACKGROUND_MIN_LUMA) {
    findings.push({ code: 'background_not_light', params: { borderLuma: m.borderLuma, minLuma: PHOTO_BACKGROUND_MIN_LUMA } });
  }
  if (m.borderStdDev > PHOTO_BACKGROUND_MAX_STDDEV) {
    findings.push({ code: 'background_not_plain', params: { borderStdDev: m.borderStdDev, maxStdDev: PHOTO_BACKGROUND_MAX_STDDEV } });
  }
  if (m.meanLuma < PHOTO_MIN_MEAN_LUMA) {
    findings.push({ code: 'too_dark', params: { meanLuma: m.meanLuma, minLuma: PHOTO_MIN_MEAN_LUMA } });
  }
  if (m.meanLuma > PHOTO_MAX_MEAN_LUMA) {
    findings.push({ code: 'too_bright', params: { meanLuma: m.meanLuma, maxLuma: PHOTO_MAX_MEAN_LUMA } });
  }
  if (m.sharpness < PHOTO_MIN_SHARPNESS) {
    findings.push({ code: 'blurry', params: { sharpness: m.sharpness, minSharpness: PHOTO_MIN_SHARPNESS } });
  }
  return findings;
}
