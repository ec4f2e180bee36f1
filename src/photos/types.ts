import type { FaceDetector } from './faces/port';

/** Hard failures: the photo cannot be used and the user must send another. */
export type PhotoFailureCode =
  | 'empty'
  | 'too_large_bytes'
  | 'unsupported_format'
  | 'corrupt'
  | 'too_many_pixels'
  | 'too_small'
  | 'no_face'
  | 'several_faces'
  | 'too_few_pixels';

/** Soft findings: advice shown with the preview; the user may "use anyway". */
export type PhotoFindingCode =
  | 'background_not_light'
  | 'background_not_plain'
  | 'too_dark'
  | 'too_bright'
  | 'blurry'
  | 'cropped_to_portrait'
  | 'head_cut_off'
  | 'head_too_close'
  | 'head_tilted'
  | 'head_turned'
  | 'eyes_closed'
  | 'face_not_checked';

export type PhotoParams = Record<string, string | number>;

export interface PhotoFinding {
  code: PhotoFindingCode;
  params: PhotoParams;
}

export interface PhotoFailure {
  code: PhotoFailureCode;
  params: PhotoParams;
}

/** What the checks measured on the 150x200 greyscale downscale (luma 0-255). */
export interface PhotoMetrics {
  meanLuma: number;
  borderLuma: number;
  borderStdDev: number;
  sharpness: number;
}

/** What the face checks measured on the cardholder's face (see src/domain/photo-face-rules.ts). */
export interface FaceMetrics {
  score: number;
  /** Faces found, the cardholder's included (small ones far behind, cropped away, count too). */
  faces: number;
  rollDegrees: number;
  straightenedDegrees: number;
  yawRatio: number;
  eyeOpening: number;
  /** Chin to crown over the height of the card photo. */
  headShare: number;
  /** The source pixels the card photo rests on. */
  cropPixels: { width: number; height: number };
}

export interface PhotoSource {
  format: 'jpeg' | 'png';
  /** After EXIF orientation. */
  width: number;
  height: number;
}

export type PhotoOutcome =
  | {
      ok: true;
      /** Normalised JPEG 600x800, sRGB, all metadata (EXIF, GPS, ICC, XMP) stripped. */
      photo: Buffer;
      /** JPEG 150x200. */
      thumbnail: Buffer;
      findings: PhotoFinding[];
      source: PhotoSource;
      metrics: PhotoMetrics;
      /** Absent when the face could not be checked (the detector was unavailable: `face_not_checked`). */
      face?: FaceMetrics;
    }
  | { ok: false; failure: PhotoFailure };

export interface ProcessPhotoOptions {
  /** Finds the face the photo is framed around and checked against. */
  faces: FaceDetector;
  /** Raw upload cap in bytes; default PHOTO_MAX_BYTES (5 MB). */
  maxBytes?: number;
  /** Decoded pixel cap (width x height); default PHOTO_MAX_INPUT_PIXELS (40 MP). */
  maxInputPixels?: number;
}
