/**
 * The face detector as the photo pipeline sees it: RGB pixels in, faces with their 68 landmarks
 * out, in the pixel coordinates of the image given. The model behind it (face-api on the tfjs
 * WebAssembly backend, in a worker thread) is one implementation; tests whose subject is not the
 * face use a configured one (test/photos/faces.ts), the real one is tested on real photographs.
 */
export interface RgbImage {
  /** Interleaved 8-bit RGB, row by row: width * height * 3 bytes. */
  data: Uint8Array;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface FaceBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DetectedFace {
  /** Detector confidence, 0-1. */
  score: number;
  box: FaceBox;
  /** The 68 points of the iBUG 300-W scheme: jaw 0-16 (8 = chin), brows 17-26, nose 27-35, eyes 36-47, mouth 48-67. */
  landmarks: Point[];
}

export interface DetectOptions {
  /**
   * The slower, more accurate model (several times the cost): for a second look when the fast one
   * found no face, several, or one whose landmarks do not look like a face.
   */
  thorough?: boolean;
}

export interface FaceDetector {
  /** Every face found at or above the model's score threshold, in no particular order. */
  detect(image: RgbImage, opts?: DetectOptions): Promise<DetectedFace[]>;
  /** Frees the model (stops the worker). Detecting again later loads it again. */
  close(): Promise<void>;
}

/** The detector could not run (model missing, worker crashed, timed out); the photo itself is not at fault. */
export class FaceDetectorUnavailableError extends Error {
  override readonly name = 'FaceDetectorUnavailableError';
}
