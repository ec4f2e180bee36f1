/**
 * Card-photo rules as numbers. Sources: docs reference/id06-domain.md §2 (Nexus photo guidelines:
 * JPG/PNG, max 5 MB, min 300x410 px, head and shoulders on a light plain background). The measured
 * thresholds below are our own calibration; they raise soft findings only, never block an order.
 */

/** Formats the card issuer accepts. Everything else is refused before decoding. */
export const PHOTO_ACCEPTED_FORMATS = ['jpeg', 'png'] as const;
export type PhotoAcceptedFormat = (typeof PHOTO_ACCEPTED_FORMATS)[number];

/** 5 MB, counted as MiB (what Windows and most phones display as "5 MB"). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Decoded-pixel cap, checked from the header before any pixel is allocated. 40 MP is above any
 * phone camera's default output (12-24 MP; 48 MP "ProRAW/max" modes are opt-in) and keeps a
 * decompression bomb (a tiny PNG claiming 20000x20000) from allocating gigabytes.
 */
export const PHOTO_MAX_INPUT_PIXELS = 40_000_000;

/** Minimum size after EXIF orientation (bestallid06.se; Nexus states no number). */
export const PHOTO_MIN_WIDTH = 300;
export const PHOTO_MIN_HEIGHT = 410;

/** Portrait 3:4 (width:height); 300x410 implies roughly this (0.73). */
export const PHOTO_ASPECT_WIDTH = 3;
export const PHOTO_ASPECT_HEIGHT = 4;

/** Normalised output: what is stored and sent to the issuer, and the preview thumbnail. */
export const PHOTO_OUTPUT_WIDTH = 600;
export const PHOTO_OUTPUT_HEIGHT = 800;
export const PHOTO_THUMB_WIDTH = 150;
export const PHOTO_THUMB_HEIGHT = 200;
export const PHOTO_JPEG_QUALITY = 85;
export const PHOTO_THUMB_JPEG_QUALITY = 80;

/**
 * Where a too-tall image is cut: this fraction of the surplus height is removed above, the rest
 * below, so a head near the top of a half-body shot stays in frame.
 */
export const PHOTO_CROP_TOP_BIAS = 0.2;
/** Tell the user about the automatic crop only when it removed more than this share of the area. */
export const PHOTO_CROP_NOTICE_FRACTION = 0.05;

/** Quality checks run on a greyscale downscale of the cropped portrait, this size. */
export const PHOTO_ANALYSIS_WIDTH = 150;
export const PHOTO_ANALYSIS_HEIGHT = 200;

/**
 * The background band: the top strip across the full width, plus left and right strips down to
 * BORDER_SIDE_DEPTH of the height (below that the shoulders reach the edges). Widths are fractions
 * of the image size. The darkest and brightest BORDER_TRIM share of band pixels is ignored, so a
 * strand of hair or a collar touching the edge does not count as "busy background".
 */
export const PHOTO_BORDER_BAND = 0.08;
export const PHOTO_BORDER_SIDE_DEPTH = 0.55;
export const PHOTO_BORDER_TRIM = 0.05;

/**
 * Background lighter than this mean luma (0-255) counts as light. A white wall photographed
 * indoors with phone auto-exposure typically lands around 180-230; mid-grey or coloured walls fall below.
 */
export const PHOTO_BACKGROUND_MIN_LUMA = 150;
/**
 * Background std-dev (luma) above this counts as not plain. A plain wall with even light stays
 * under ~5; strong light from one side (250 -> 180 across the frame) reaches ~26, because the
 * left and right strips then differ. A hard shadow measures ~54, shelves and doors ~80.
 */
export const PHOTO_BACKGROUND_MAX_STDDEV = 35;

/**
 * Overall mean luma outside this range means under- or over-exposed. Measured over the whole
 * portrait, not the face, so skin tone barely matters: the light background dominates. The upper
 * bound is a compromise: the background should be white (~255), so a correct photo with light
 * clothes can average ~220-225; above 230 the face is usually washed out too. A face-region
 * measure would separate these better (not done yet).
 */
export const PHOTO_MIN_MEAN_LUMA = 70;
export const PHOTO_MAX_MEAN_LUMA = 230;

/**
 * Focus: variance of a 3x3 Laplacian over the face region of the 150x200 downscale (the plain
 * background is flat whatever the focus, so it is left out). It scales with contrast squared:
 * the synthetic test portrait measures ~1900 sharp and ~300 at 40% contrast; a gaussian blur of
 * 1 px at this scale (4 px on the 600x800 output, clearly soft on a printed card) brings a 40%-
 * contrast face to ~40. Real faces sit between those contrasts; 60 flags blur of about 1 px here
 * and leaves a slightly soft phone photo alone. Calibrated on synthetic images only: log the
 * metric for real uploads and revisit.
 */
export const PHOTO_MIN_SHARPNESS = 60;
/** The face region used for sharpness, as fractions of width and height. */
export const PHOTO_FACE_REGION = { left: 0.2, right: 0.8, top: 0.1, bottom: 0.8 } as const;
