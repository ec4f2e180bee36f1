/**
 * Synthetic test images, generated with sharp at test time (no binary fixtures in the repo).
 * The portrait is a passport-style head-and-shoulders drawing: light wall, hair, face with eyes,
 * brows, nose and mouth, dark jacket; plus seeded sensor-like noise so it is not unnaturally flat.
 */
import sharp, { type Sharp } from 'sharp';
import type { PhotoOutcome } from '../../src/photos/index';
import { seededRandom } from '../support/seededRandom';

export interface PortraitOptions {
  width?: number;
  height?: number;
  /** Wall colour; two colours make a left-to-right gradient (light from one side). */
  background?: string | [string, string];
  /** Std-dev of the added per-pixel noise (luma units). */
  noise?: number;
  /** Draw a busy background (shelves, door frame) instead of a plain wall. */
  busyBackground?: boolean;
  seed?: number;
}

function portraitSvg(w: number, h: number, background: string | [string, string], busy: boolean): string {
  const busyShapes = busy
    ? [
        `<rect x="0" y="0" width="${w * 0.22}" height="${h}" fill="#5b3b24"/>`,
        ...Array.from({ length: 6 }, (_, i) => `<rect x="0" y="${(i * h) / 7}" width="${w * 0.22}" height="${h * 0.02}" fill="#c9b48f"/>`),
        ...Array.from(
          { length: 8 },
          (_, i) =>
            `<rect x="${w * 0.8 + (i % 4) * w * 0.05}" y="${h * 0.05 + Math.floor(i / 4) * h * 0.2}" width="${w * 0.04}" height="${h * 0.15}" fill="${['#1f4e79', '#a83232', '#2e7d32', '#f2c744'][i % 4]}"/>`,
        ),
        `<rect x="${w * 0.25}" y="0" width="${w * 0.5}" height="${h * 0.06}" fill="#26323a"/>`,
      ].join('')
    : '';
  const cx = w / 2;
  const [from, to] = typeof background === 'string' ? [background, background] : background;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
  <defs><linearGradient id="wall"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#wall)"/>${busyShapes}
  <ellipse cx="${cx}" cy="${h * 1.05}" rx="${w * 0.46}" ry="${h * 0.33}" fill="#27324a"/>
  <rect x="${cx - w * 0.07}" y="${h * 0.55}" width="${w * 0.14}" height="${h * 0.2}" fill="#c98f72"/>
  <ellipse cx="${cx}" cy="${h * 0.36}" rx="${w * 0.23}" ry="${h * 0.22}" fill="#3b2a1f"/>
  <ellipse cx="${cx}" cy="${h * 0.43}" rx="${w * 0.18}" ry="${h * 0.19}" fill="#dca98c"/>
  <rect x="${cx - w * 0.13}" y="${h * 0.36}" width="${w * 0.09}" height="${h * 0.012}" fill="#3b2a1f"/>
  <rect x="${cx + w * 0.04}" y="${h * 0.36}" width="${w * 0.09}" height="${h * 0.012}" fill="#3b2a1f"/>
  <ellipse cx="${cx - w * 0.08}" cy="${h * 0.4}" rx="${w * 0.04}" ry="${h * 0.014}" fill="#f6f6f6"/>
  <ellipse cx="${cx + w * 0.08}" cy="${h * 0.4}" rx="${w * 0.04}" ry="${h * 0.014}" fill="#f6f6f6"/>
  <circle cx="${cx - w * 0.08}" cy="${h * 0.4}" r="${w * 0.015}" fill="#2a1d14"/>
  <circle cx="${cx + w * 0.08}" cy="${h * 0.4}" r="${w * 0.015}" fill="#2a1d14"/>
  <path d="M ${cx} ${h * 0.42} L ${cx - w * 0.025} ${h * 0.48} L ${cx + w * 0.02} ${h * 0.48}" stroke="#b27c62" stroke-width="${w * 0.006}" fill="none"/>
  <ellipse cx="${cx}" cy="${h * 0.53}" rx="${w * 0.06}" ry="${h * 0.012}" fill="#a4584c"/>
</svg>`;
}

/** Raw RGB pixels of the portrait with noise added. */
export async function portraitPixels(opts: PortraitOptions = {}): Promise<{ data: Buffer; width: number; height: number }> {
  const { width = 900, height = 1200, background = '#f3f3f0', noise = 5, busyBackground = false, seed = 42 } = opts;
  const { data } = await sharp(Buffer.from(portraitSvg(width, height, background, busyBackground)))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const next = seededRandom(seed);
  for (let i = 0; i < data.length; i += 3) {
    // Approximately Gaussian (sum of three uniforms), shared across channels like luma noise.
    const n = (next() + next() + next() - 1.5) * 2 * noise;
    for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, Math.round(data[i + c]! + n)));
  }
  return { data, width, height };
}

/** A sharp pipeline over the portrait, ready for further edits (blur, linear, rotate, ...). */
export async function portrait(opts: PortraitOptions = {}): Promise<Sharp> {
  const { data, width, height } = await portraitPixels(opts);
  return sharp(data, { raw: { width, height, channels: 3 } });
}

export async function portraitJpeg(opts: PortraitOptions = {}, quality = 90): Promise<Buffer> {
  return (await portrait(opts)).jpeg({ quality }).toBuffer();
}

/** A solid image of any size, as JPEG or PNG. */
export function solid(width: number, height: number, format: 'jpeg' | 'png' = 'jpeg', colour = '#f0f0f0'): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: colour } });
  return (format === 'png' ? image.png() : image.jpeg()).toBuffer();
}

/** Whether an EXIF block (as sharp's metadata().exif returns it) has a GPS IFD in IFD0. */
export function hasGpsIfd(exif: Buffer): boolean {
  const tiff = exif.subarray(exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0);
  const little = tiff.subarray(0, 2).toString('latin1') === 'II';
  const u16 = (at: number): number => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number): number => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd0 = u32(4);
  const entries = u16(ifd0);
  return Array.from({ length: entries }, (_, i) => u16(ifd0 + 2 + i * 12)).includes(0x8825);
}

/** Mean luma of a rectangle of a decoded image, for "which part ended up where" checks. */
export async function regionLuma(jpeg: Buffer, region: { left: number; top: number; width: number; height: number }): Promise<number> {
  const pixels = await sharp(jpeg).extract(region).greyscale().raw().toBuffer();
  return pixels.reduce((sum, v) => sum + v, 0) / pixels.length;
}

export type Success = Extract<PhotoOutcome, { ok: true }>;

export function expectOk(outcome: PhotoOutcome): Success {
  if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome.failure)}`);
  return outcome;
}

export function failureOf(outcome: PhotoOutcome): Extract<PhotoOutcome, { ok: false }>['failure'] {
  if (outcome.ok) throw new Error(`expected a failure, got findings ${JSON.stringify(outcome.findings)}`);
  return outcome.failure;
}
