import { FACE_MAX_SHAPE_RESIDUAL } from '../domain/photo-face-rules';
import type { DetectedFace, FaceDetector, RgbImage } from './faces/port';
import { shapeResidual } from './faceGeometry';

const looksLikeAFace = (face: DetectedFace): boolean => shapeResidual(face.landmarks) <= FACE_MAX_SHAPE_RESIDUAL;

/**
 * The faces in a photo, fast model first: its answer stands when it is one face that looks like a
 * face (most card photos). Everything else (no face, several, a misshapen one) gets the thorough
 * model, so neither a refusal nor "several faces" rests on the fast model's guesses alone. When
 * the thorough model sees nothing at all, the fast model's well-shaped faces stand: SSD misses
 * some large faces looking down that the tiny detector finds.
 */
export async function findFaces(detector: FaceDetector, image: RgbImage): Promise<DetectedFace[]> {
  const fast = await detector.detect(image);
  if (fast.length === 1 && looksLikeAFace(fast[0]!)) return fast;
  const thorough = await detector.detect(image, { thorough: true });
  return thorough.length > 0 ? thorough : fast.filter(looksLikeAFace);
}
