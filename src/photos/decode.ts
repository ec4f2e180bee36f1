/**
 * The sharp steps of the pipeline that touch the upload's pixels: one decode to a reduced working
 * copy (EXIF orientation applied, shrunk on load, flattened to sRGB, all metadata gone), the still
 * smaller copy the detector sees, and cutting the card frame out of either.
 */
import sharp, { type OutputInfo } from 'sharp';
import { FACE_DETECTION_LONG_SIDE } from '../domain/photo-face-rules';
import type { RgbImage } from './faces/port';
import { cropInTurned, regionToTurn, type FramePlan, type Rect } from './framing';
import type { CropPlan, Size } from './geometry';

const WHITE = { r: 255, g: 255, b: 255 };

/** Interleaved 8-bit sRGB pixels, three channels. */
export interface RawImage extends RgbImage {
  data: Buffer;
}

const rawInput = (image: Size) => ({ raw: { width: image.width, height: image.height, channels: 3 as const } });
const asImage = ({ data, info }: { data: Buffer; info: OutputInfo }): RawImage => ({ data, width: info.width, height: info.height });

/**
 * The oriented upload reduced to fit `longSide` (never enlarged). Resizing in the same pipeline
 * lets libjpeg decode at 1/2, 1/4 or 1/8 scale, so a 12 MP photo is never decoded in full.
 * failOn 'error': a truncated or broken scan aborts; libjpeg's benign warnings do not. Output from
 * raw pixels carries no EXIF, GPS, XMP or ICC: the metadata cannot survive this step.
 */
export async function decodeReduced(input: Buffer, maxPixels: number, longSide: number): Promise<RawImage> {
  const decoded = await sharp(input, { failOn: 'error', limitInputPixels: maxPixels, sequentialRead: true })
    .rotate()
    .resize(longSide, longSide, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: WHITE })
    .toColourspace('srgb')
    .removeAlpha()
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true });
  if (decoded.info.channels !== 3) throw new Error(`expected 3 channels after sRGB conversion, got ${decoded.info.channels}`);
  return asImage(decoded);
}

/** The copy the face detector sees: the working copy reduced once more. */
export async function detectionCopy(working: RawImage): Promise<RawImage> {
  const longSide = FACE_DETECTION_LONG_SIDE;
  if (Math.max(working.width, working.height) <= longSide) return working;
  return asImage(
    await sharp(working.data, rawInput(working)).resize(longSide, longSide, { fit: 'inside' }).raw().toBuffer({ resolveWithObject: true }),
  );
}

/**
 * The card frame around the head: cut the plan's (turned) bounding box out of `image`, turn it
 * straight on a white canvas, cut the crop out of that and scale it to `frame`.
 */
export async function frameAroundHead(image: RawImage, plan: FramePlan, frame: Size): Promise<RawImage> {
  const { region, rotateDegrees } = regionToTurn(plan, image);
  let turned = sharp(image.data, rawInput(image)).extract(region);
  if (rotateDegrees !== 0) turned = turned.rotate(rotateDegrees, { background: WHITE });
  const canvas = asImage(await turned.raw().toBuffer({ resolveWithObject: true }));
  const crop = cropInTurned(plan, region, canvas);
  return resizeTo(canvas, crop, frame);
}

/** The centre 3:4 crop of `image` (when the face could not be checked): resize to cover, then cut. */
export async function centreCrop(image: RawImage, plan: CropPlan, frame: Size): Promise<RawImage> {
  const resized = sharp(image.data, rawInput(image)).resize(plan.resize.width, plan.resize.height, { fit: 'fill' });
  return asImage(
    await resized
      .extract({ left: plan.left, top: plan.top, ...frame })
      .raw()
      .toBuffer({ resolveWithObject: true }),
  );
}

async function resizeTo(image: RawImage, crop: Rect, frame: Size): Promise<RawImage> {
  return asImage(
    await sharp(image.data, rawInput(image))
      .extract(crop)
      .resize(frame.width, frame.height, { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true }),
  );
}
