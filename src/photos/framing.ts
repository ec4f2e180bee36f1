/**
 * Automatic framing, as plain arithmetic (no sharp here): where the 3:4 crop goes around a detected
 * head, how much a small tilt is straightened, and the sharp steps that cut it out.
 */
import {
  FACE_CUT_OFF_TOLERANCE,
  FACE_STRAIGHTEN_MAX_DEGREES,
  FACE_STRAIGHTEN_MIN_DEGREES,
  FRAME_HEAD_SHARE,
  FRAME_HEADROOM,
} from '../domain/photo-face-rules';
import type { Point } from './faces/port';
import { rotateAbout, type HeadGeometry } from './faceGeometry';
import type { Size } from './geometry';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export type CutOffEdge = 'top' | 'bottom' | 'sides';

export interface FramePlan {
  /** Degrees the frame is turned against the image (the head's tilt when straightened, else 0). */
  straightenDegrees: number;
  /** The crop's centre in image pixels, and its size along its own (possibly turned) axes. */
  centre: Point;
  width: number;
  height: number;
  /** Chin to crown over the crop height, after fitting into the image. */
  headShare: number;
  /** Where the head (estimated crown, chin, jaw) leaves the crop, if it does. */
  cutOff?: CutOffEdge;
}

const DEG = Math.PI / 180;

/** The same plan in the pixels of an image `factor` times as large. */
export function scalePlan(plan: FramePlan, factor: number): FramePlan {
  return {
    ...plan,
    centre: { x: plan.centre.x * factor, y: plan.centre.y * factor },
    width: plan.width * factor,
    height: plan.height * factor,
  };
}

/** The tilt that is straightened: none below the noticeable, none beyond what is a pose. */
export function straightening(rollDegrees: number): number {
  const size = Math.abs(rollDegrees);
  return size >= FACE_STRAIGHTEN_MIN_DEGREES && size <= FACE_STRAIGHTEN_MAX_DEGREES ? rollDegrees : 0;
}

/** Half the axis-aligned extent of a w x h rectangle turned by `radians`. */
function halfExtents(width: number, height: number, radians: number): { x: number; y: number } {
  const [cos, sin] = [Math.abs(Math.cos(radians)), Math.abs(Math.sin(radians))];
  return { x: (width / 2) * cos + (height / 2) * sin, y: (width / 2) * sin + (height / 2) * cos };
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/**
 * The crop: chin to crown FRAME_HEAD_SHARE of its height, the crown FRAME_HEADROOM below its top,
 * the head's middle in its middle, turned with the straightened tilt. A crop larger than the image
 * shrinks to fit (the head then takes a larger share); one that crosses an edge slides back inside.
 */
export function planFrame(head: HeadGeometry, image: Size, frame: Size): FramePlan {
  const straightenDegrees = straightening(head.rollDegrees);
  const roll = head.rollDegrees * DEG;
  const turn = straightenDegrees * DEG;
  // Head points from the face's upright axis into the crop's axes (both about the eye midpoint).
  const inCrop = (p: Point) => rotateAbout(rotateAbout(p, head.pivot, roll), head.pivot, -turn);
  const { centreX, crownY, chinY, jawLeftX, jawRightX } = head.upright;
  const crown = inCrop({ x: centreX, y: crownY });
  const chin = inCrop({ x: centreX, y: chinY });
  const jaw = [inCrop({ x: jawLeftX, y: chinY }), inCrop({ x: jawRightX, y: chinY })];
  const headHeight = Math.max(1, chin.y - crown.y);

  const aspect = frame.width / frame.height;
  let height = headHeight / FRAME_HEAD_SHARE;
  let width = height * aspect;
  let extent = halfExtents(width, height, turn);
  const shrink = Math.min(1, image.width / (2 * extent.x), image.height / (2 * extent.y));
  height *= shrink;
  width *= shrink;
  extent = halfExtents(width, height, turn);

  const wanted = { x: (crown.x + chin.x) / 2, y: crown.y - FRAME_HEADROOM * height + height / 2 };
  const atImage = rotateAbout(wanted, head.pivot, turn);
  const centre = { x: clamp(atImage.x, extent.x, image.width - extent.x), y: clamp(atImage.y, extent.y, image.height - extent.y) };

  const c = rotateAbout(centre, head.pivot, -turn);
  const [top, bottom, left, right] = [c.y - height / 2, c.y + height / 2, c.x - width / 2, c.x + width / 2];
  const tolerance = FACE_CUT_OFF_TOLERANCE * headHeight;
  const cutOff: CutOffEdge | undefined =
    crown.y < top - tolerance
      ? 'top'
      : chin.y > bottom + 0.5
        ? 'bottom'
        : jaw.some((p) => p.x < left - 0.5 || p.x > right + 0.5)
          ? 'sides'
          : undefined;
  return { straightenDegrees, centre, width, height, headShare: headHeight / height, ...(cutOff ? { cutOff } : {}) };
}

/**
 * The crop as sharp steps, first: extract the turned crop's bounding box, then rotate it by
 * `rotateDegrees` (sharp: positive is clockwise; the canvas grows to hold the turned region).
 * Rounded to whole pixels and kept inside the image, so sharp never sees an area out of bounds.
 */
export function regionToTurn(plan: FramePlan, image: Size): { region: Rect; rotateDegrees: number } {
  const extent = halfExtents(plan.width, plan.height, plan.straightenDegrees * DEG);
  const left = clamp(Math.floor(plan.centre.x - extent.x), 0, image.width - 1);
  const top = clamp(Math.floor(plan.centre.y - extent.y), 0, image.height - 1);
  const region = {
    left,
    top,
    width: clamp(Math.ceil(plan.centre.x + extent.x) - left, 1, image.width - left),
    height: clamp(Math.ceil(plan.centre.y + extent.y) - top, 1, image.height - top),
  };
  return { region, rotateDegrees: -plan.straightenDegrees };
}

/**
 * Then: the crop inside the turned region (`canvas` is its size as sharp made it). sharp turns about
 * the region's centre, so the crop's centre lands where that turn takes it.
 */
export function cropInTurned(plan: FramePlan, region: Rect, canvas: Size): Rect {
  const fromCentre = { x: plan.centre.x - (region.left + region.width / 2), y: plan.centre.y - (region.top + region.height / 2) };
  const landed = rotateAbout(fromCentre, { x: 0, y: 0 }, -plan.straightenDegrees * DEG);
  const width = clamp(Math.round(plan.width), 1, canvas.width);
  const height = clamp(Math.round(plan.height), 1, canvas.height);
  return {
    left: clamp(Math.round(canvas.width / 2 + landed.x - width / 2), 0, canvas.width - width),
    top: clamp(Math.round(canvas.height / 2 + landed.y - height / 2), 0, canvas.height - height),
    width,
    height,
  };
}
