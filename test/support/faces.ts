/**
 * Face detectors for tests whose subject is not the face (the pipeline's measured checks, the chat
 * and upload flows with synthetic portraits, which no real model would see a face in): they
 * answer with the faces they are configured with, placed in fractions of the image they are given.
 * The real detector is tested on real photographs (test/photos/realFaces.test.ts).
 */
import { MEAN_FACE } from '../../src/photos/meanFace';
import {
  FaceDetectorUnavailableError,
  type DetectedFace,
  type DetectOptions,
  type FaceDetector,
  type Point,
  type RgbImage,
} from '../../src/photos/faces/port';

/** Where a face is, in fractions of the image's width (x) and height (y). */
export interface FacePlacement {
  eyeLeft: Point;
  eyeRight: Point;
  chin: Point;
  score?: number;
  /** Moves the nose sideways by this share of half the jaw width, as a turned head shows it. */
  turn?: number;
  /** Lids drawn onto the eye corners' line: closed eyes. */
  eyesShut?: boolean;
}

const mean = (indices: number[]): Point => ({
  x: indices.reduce((s, i) => s + MEAN_FACE[i]![0], 0) / indices.length,
  y: indices.reduce((s, i) => s + MEAN_FACE[i]![1], 0) / indices.length,
});
const TEMPLATE = {
  eyeLeft: mean([36, 37, 38, 39, 40, 41]),
  eyeRight: mean([42, 43, 44, 45, 46, 47]),
  chin: { x: MEAN_FACE[8]![0], y: MEAN_FACE[8]![1] },
};

/** The affine map that takes the template's eyes and chin onto the given ones. */
function affine(to: { eyeLeft: Point; eyeRight: Point; chin: Point }): (p: Point) => Point {
  const [a, b, c] = [TEMPLATE.eyeLeft, TEMPLATE.eyeRight, TEMPLATE.chin];
  const det = (b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y);
  // Solve p' = M (p - a) + to.a for M from the two edge vectors.
  const [e1, e2] = [
    { x: to.eyeRight.x - to.eyeLeft.x, y: to.eyeRight.y - to.eyeLeft.y },
    { x: to.chin.x - to.eyeLeft.x, y: to.chin.y - to.eyeLeft.y },
  ];
  const inv = [(c.y - a.y) / det, -(c.x - a.x) / det, -(b.y - a.y) / det, (b.x - a.x) / det];
  const m = [
    e1.x * inv[0]! + e2.x * inv[2]!,
    e1.x * inv[1]! + e2.x * inv[3]!,
    e1.y * inv[0]! + e2.y * inv[2]!,
    e1.y * inv[1]! + e2.y * inv[3]!,
  ];
  return (p) => ({
    x: to.eyeLeft.x + m[0]! * (p.x - a.x) + m[1]! * (p.y - a.y),
    y: to.eyeLeft.y + m[2]! * (p.x - a.x) + m[3]! * (p.y - a.y),
  });
}

const NOSE = [27, 28, 29, 30, 31, 32, 33, 34, 35];
const LIDS: [number[], number, number][] = [
  [[37, 38, 40, 41], 36, 39],
  [[43, 44, 46, 47], 42, 45],
];

/** A face with plausible 68 landmarks (the mean face mapped onto these eyes and chin), in pixels. */
export function faceAt(placement: Omit<FacePlacement, 'score'>, score = 0.9): DetectedFace {
  const map = affine(placement);
  const landmarks = MEAN_FACE.map(([x, y]) => map({ x, y }));
  if (placement.turn) {
    const shift = (placement.turn * (landmarks[16]!.x - landmarks[0]!.x)) / 2;
    for (const i of NOSE) landmarks[i] = { x: landmarks[i]!.x + shift, y: landmarks[i]!.y };
  }
  if (placement.eyesShut) {
    for (const [lids, a, b] of LIDS)
      for (const i of lids) landmarks[i] = { x: landmarks[i]!.x, y: (landmarks[a]!.y + landmarks[b]!.y) / 2 };
  }
  const xs = landmarks.map((p) => p.x);
  const ys = landmarks.map((p) => p.y);
  const [left, right, bottom] = [Math.min(...xs), Math.max(...xs), Math.max(...ys)];
  const top = Math.min(...ys) - 0.15 * (bottom - Math.min(...ys));
  return { score, box: { x: left, y: top, width: right - left, height: bottom - top }, landmarks };
}

/** The face drawn by test/photos/fixtures.ts' portrait: eyes at 40 % of the height, 8 % either side, chin at 62 %. */
export const DRAWN_PORTRAIT_FACE: FacePlacement = {
  eyeLeft: { x: 0.42, y: 0.4 },
  eyeRight: { x: 0.58, y: 0.4 },
  chin: { x: 0.5, y: 0.62 },
};

/**
 * A face framed as the card wants it, filling the whole 3:4 photo: crown at 10 % of the height,
 * chin at 65 % (chin to crown 55 %). The frame then is the photo itself.
 */
export const FRAMED_FACE: FacePlacement = { eyeLeft: { x: 0.397, y: 0.395 }, eyeRight: { x: 0.603, y: 0.395 }, chin: { x: 0.5, y: 0.65 } };

/** Answers every photo with the configured faces (none: "no face"), and records what it was asked. */
export class SceneFaces implements FaceDetector {
  readonly calls: { width: number; height: number; thorough: boolean }[] = [];
  constructor(private readonly placements: FacePlacement[] = [DRAWN_PORTRAIT_FACE]) {}

  async detect(image: RgbImage, opts: DetectOptions = {}): Promise<DetectedFace[]> {
    this.calls.push({ width: image.width, height: image.height, thorough: opts.thorough === true });
    const px = (p: Point) => ({ x: p.x * image.width, y: p.y * image.height });
    return this.placements.map((f) => faceAt({ ...f, eyeLeft: px(f.eyeLeft), eyeRight: px(f.eyeRight), chin: px(f.chin) }, f.score));
  }

  async close(): Promise<void> {}
}

/** A detector that cannot run (model missing, worker crashed). */
export class UnavailableFaces implements FaceDetector {
  async detect(): Promise<DetectedFace[]> {
    throw new FaceDetectorUnavailableError('test: the face detector is unavailable');
  }
  async close(): Promise<void> {}
}

/** The synthetic portrait's face: what most tests that are not about faces want. */
export const drawnPortrait = (): SceneFaces => new SceneFaces();
