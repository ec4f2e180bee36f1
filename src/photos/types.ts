/** Hard failures: the photo cannot be used and the user must send another. */
export type PhotoFailureCode =
  | 'empty'
  | 'too_large_bytes'
  | 'unsupported_format'
  | 'corrupt'
  | 'too_many_pixels'
  | 'too_small';

/** Soft findings: advice shown with the preview; the user may "use anyway". */
export type PhotoFindingCode =
  | 'background_not_light'
  | 'background_not_plain'
  | 'too_dark'
  | 'too_bright'
  | 'blurry'
  | 'cropped_to_portrait';

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
    }
  | { ok: false; failure: PhotoFailure };

export interface ProcessPhotoOptions {
  /** Raw upload cap in bytes; default PHOTO_MAX_BYTES (5 MB). */
  maxBytes?: number;
  /** Decoded pixel cap (width x height); default PHOTO_MAX_INPUT_PIXELS (40 MP). */
  maxInputPixels?: number;
}
