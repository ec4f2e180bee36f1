/**
 * What the 68 landmarks say about a head, as plain arithmetic: tilt from the eye line, turn from
 * the nose against the jaw line, eye opening, and the head's extent (chin, brows, estimated crown)
 * measured along the face's own upright axis, so a tilted head measures like a straight one.
 */
import { CROWN_FACTOR } from '../domain/photo-face-rules';
import type { Point } from './faces/port';
import { MEAN_FACE } from './meanFace';

/** Index ranges of the iBUG 300-W 68-point scheme (image-left is the person's right). */
const JAW_LEFT = 0;
const CHIN = 8;
const JAW_RIGHT = 16;
const BROWS = range(17, 27);
const NOSE_TIP = 30;
const EYE_IMAGE_LEFT = range(36, 42);
const EYE_IMAGE_RIGHT = range(42, 48);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

export interface HeadGeometry {
  /** Tilt of the eye line in degrees, positive when the image-right eye is lower (head rotated clockwise). */
  rollDegrees: number;
  /** Nose tip off the jaw line's middle, as a share of half the jaw width: 0 frontal, ±1 profile; positive: nose toward image-right. */
  yawRatio: number;
  /** Mean eye aspect ratio of both eyes (lid opening / eye width). */
  eyeOpening: number;
  /** The point the head turns around: midway between the eyes, in image pixels. */
  pivot: Point;
  /**
   * Positions along the upright face (image rotated by -roll about `pivot`), in pixels: x of the
   * head's middle, y of the estimated crown, of the chin, and x of the jaw's outer points.
   */
  upright: { centreX: number; crownY: number; chinY: number; jawLeftX: number; jawRightX: number };
}

const mean = (points: Point[]): Point => ({
  x: points.reduce((s, p) => s + p.x, 0) / points.length,
  y: points.reduce((s, p) => s + p.y, 0) / points.length,
});
const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Eye aspect ratio of the six points of one eye (outer corner, two upper lid, inner corner, two lower lid). */
function eyeAspectRatio(eye: Point[]): number {
  const [p1, p2, p3, p4, p5, p6] = eye as [Point, Point, Point, Point, Point, Point];
  return (distance(p2, p6) + distance(p3, p5)) / (2 * Math.max(1e-6, distance(p1, p4)));
}

/** `p` rotated by `radians` about `centre` (image coordinates, y down: positive turns clockwise). */
export function rotateAbout(p: Point, centre: Point, radians: number): Point {
  const [cos, sin, dx, dy] = [Math.cos(radians), Math.sin(radians), p.x - centre.x, p.y - centre.y];
  return { x: centre.x + dx * cos - dy * sin, y: centre.y + dx * sin + dy * cos };
}

export function headGeometry(landmarks: Point[]): HeadGeometry {
  if (landmarks.length !== 68) throw new Error(`expected 68 landmarks, got ${landmarks.length}`);
  const at = (indices: number[]) => indices.map((i) => landmarks[i]!);
  const eyeLeft = mean(at(EYE_IMAGE_LEFT));
  const eyeRight = mean(at(EYE_IMAGE_RIGHT));
  const roll = Math.atan2(eyeRight.y - eyeLeft.y, eyeRight.x - eyeLeft.x);
  const pivot = { x: (eyeLeft.x + eyeRight.x) / 2, y: (eyeLeft.y + eyeRight.y) / 2 };
  const up = (i: number) => rotateAbout(landmarks[i]!, pivot, -roll);

  const chin = up(CHIN);
  const browY = BROWS.reduce((s, i) => s + up(i).y, 0) / BROWS.length;
  const jawLeft = up(JAW_LEFT);
  const jawRight = up(JAW_RIGHT);
  const halfJaw = Math.max(1e-6, (jawRight.x - jawLeft.x) / 2);
  const centreX = (jawLeft.x + jawRight.x) / 2;
  return {
    rollDegrees: (roll * 180) / Math.PI,
    yawRatio: (up(NOSE_TIP).x - centreX) / halfJaw,
    eyeOpening: (eyeAspectRatio(at(EYE_IMAGE_LEFT)) + eyeAspectRatio(at(EYE_IMAGE_RIGHT))) / 2,
    pivot,
    upright: {
      centreX,
      crownY: chin.y - CROWN_FACTOR * (chin.y - browY),
      chinY: chin.y,
      jawLeftX: jawLeft.x,
      jawRightX: jawRight.x,
    },
  };
}

/**
 * How far the landmarks are from the shape of a face: RMS distance to MEAN_FACE after the best
 * shift, scale and turn of the mean face onto them, in inter-eye distances of the mean face.
 * (Closed-form similarity Procrustes: the residual is what the best fit cannot explain.)
 */
export function shapeResidual(landmarks: Point[]): number {
  const n = Math.min(landmarks.length, MEAN_FACE.length);
  if (n === 0) return Infinity;
  const m = { x: 0, y: 0 };
  const t = { x: 0, y: 0 };
  for (let i = 0; i < n; i++) {
    m.x += landmarks[i]!.x / n;
    m.y += landmarks[i]!.y / n;
    t.x += MEAN_FACE[i]![0] / n;
    t.y += MEAN_FACE[i]![1] / n;
  }
  let [dot, cross, own, mean] = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const [x, y] = [landmarks[i]!.x - m.x, landmarks[i]!.y - m.y];
    const [u, v] = [MEAN_FACE[i]![0] - t.x, MEAN_FACE[i]![1] - t.y];
    dot += x * u + y * v;
    cross += x * v - y * u;
    own += x * x + y * y;
    mean += u * u + v * v;
  }
  // All points (nearly) in one place: no shape to compare.
  if (own < 1e-9) return Infinity;
  return Math.sqrt(Math.max(0, mean - (dot * dot + cross * cross) / own) / n);
}
