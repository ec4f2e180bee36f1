/**
 * The card frame out of the working copy: cropped and straightened around the one face in the
 * photo, or the refusal that says why it cannot be (no face, several, too few pixels).
 */
import {
  PHOTO_CROP_NOTICE_FRACTION,
  PHOTO_CROP_TOP_BIAS,
  PHOTO_MAX_INPUT_PIXELS,
  PHOTO_OUTPUT_HEIGHT,
  PHOTO_OUTPUT_WIDTH,
} from '../domain/photo-rules';
import { centreCrop, decodeReduced, detectionCopy, frameAroundHead, type RawImage } from './decode';
import { judgeFaces, scaleFace } from './faceChecks';
import { FaceDetectorUnavailableError, type DetectedFace, type FaceDetector } from './faces/port';
import { findFaces } from './findFaces';
import { scalePlan } from './framing';
import { planPortraitCrop, type Size } from './geometry';
import type { FaceMetrics, PhotoFailure, PhotoFinding } from './types';

export const FRAME: Size = { width: PHOTO_OUTPUT_WIDTH, height: PHOTO_OUTPUT_HEIGHT };
/**
 * Above this enlargement of the working copy's pixels the frame is cut from a second decode at
 * the scale it needs (up to the upload's own): a 1.25x enlargement is invisible on the card, and
 * the second decode of a 12 MP photo costs more than the first.
 */
const MAX_WORKING_ENLARGEMENT = 1.25;

export type Framed = { failure: PhotoFailure } | { frame: RawImage; findings: PhotoFinding[]; face?: FaceMetrics };

export interface FramingInput {
  /** The upload, for a second decode when the working copy has too few pixels for the crop. */
  input: Buffer;
  working: RawImage;
  /** The upload's oriented size. */
  source: Size;
  faces: FaceDetector;
  maxInputPixels?: number;
}

/**
 * The card frame: cropped and straightened around the one face in the photo, or the refusal that
 * says why it cannot be (no face, several, too few pixels). When the detector cannot run, the
 * centre crop of before, with `face_not_checked` so the orderer and the reviewer know.
 */
export async function frameByFace({
  input,
  working,
  source,
  faces: detector,
  maxInputPixels = PHOTO_MAX_INPUT_PIXELS,
}: FramingInput): Promise<Framed> {
  const seen = await detectionCopy(working);
  let faces: DetectedFace[];
  try {
    faces = (await findFaces(detector, seen)).map((face) => scaleFace(face, working.width / seen.width));
  } catch (err) {
    // Only the detector's own failure (it logs it): the photo is not at fault, so it is not refused
    // for it. Anything else is a bug and must not pass as "not checked".
    if (!(err instanceof FaceDetectorUnavailableError)) throw err;
    const plan = planPortraitCrop(working, FRAME, PHOTO_CROP_TOP_BIAS);
    const findings: PhotoFinding[] = [{ code: 'face_not_checked', params: {} }];
    if (plan.removedFraction > PHOTO_CROP_NOTICE_FRACTION) {
      findings.push({
        code: 'cropped_to_portrait',
        params: { removedPercent: Math.round(plan.removedFraction * 100), width: source.width, height: source.height },
      });
    }
    return { frame: await centreCrop(working, plan, FRAME), findings };
  }
  const sourceScale = source.width / working.width;
  const verdict = judgeFaces(faces, working, FRAME, sourceScale);
  if (!verdict.ok) return { failure: verdict.failure };

  // The working copy may be smaller than the upload; when the crop needs more of the upload's
  // pixels than it holds (a far-away face in a large photo), decode again at the scale it needs.
  const wanted = Math.min(sourceScale, FRAME.height / verdict.plan.height);
  if (wanted > MAX_WORKING_ENLARGEMENT) {
    const larger = await decodeReduced(input, maxInputPixels, Math.round(Math.max(working.width, working.height) * wanted));
    const frame = await frameAroundHead(larger, scalePlan(verdict.plan, larger.width / working.width), FRAME);
    return { frame, findings: verdict.findings, face: verdict.metrics };
  }
  return { frame: await frameAroundHead(working, verdict.plan, FRAME), findings: verdict.findings, face: verdict.metrics };
}
