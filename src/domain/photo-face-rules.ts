/**
 * Card-photo rules about the person in the picture, as numbers (docs: reference/id06-domain.md §2:
 * exactly one person, straight from the front, the whole head visible, both eyes visible, head and
 * shoulders filling 70-80 % of the image). Each threshold says why it has the value it has; the
 * calibration figures come from the face-api demo photographs (test/photos/realFaces.test.ts
 * composes its cases from them) and from the 68-point landmark scheme's geometry.
 */

/**
 * Two models, fast first. face-api's tiny face detector (190 KB, ~0.1 s here) sees the photo at
 * FACE_DETECTOR_INPUT px (a multiple of 32; cost grows with its square): 320 finds faces down to
 * ~20 px at that scale, ~6 % of the photo's long side, which every head-and-shoulders photo
 * exceeds. Its answer is taken when it is one face whose landmarks look like a face. Otherwise
 * (none, several, or a misshapen one) SSD MobileNet v1 (5.6 MB, several times slower, loaded at
 * its first use) has the last word: on the demo group photos the tiny detector scored hair at
 * 0.67 and missed a smiling face, where SSD found every face at 0.73-1.0 and nothing else.
 */
export const FACE_DETECTOR_INPUT = 320;
/** Tiny detector score (0-1) from which a detection counts: face-api's own default; real faces here score 0.5-0.9. */
export const FACE_MIN_SCORE = 0.5;
/** SSD score from which a detection counts: real faces on the demo photos score 0.73-1.0, and nothing else reached 0.5. */
export const FACE_THOROUGH_MIN_SCORE = 0.5;
/**
 * How far a face's 68 landmarks may be from the shape of a face (RMS distance after the best
 * shift, scale and turn onto a frontal mean face, in inter-eye distances). Real faces on the demo
 * photos, tilted and turned ones included, measure 0.06-0.19; boxes on hair or an arm 0.44-0.70.
 */
export const FACE_MAX_SHAPE_RESIDUAL = 0.25;

/**
 * The image the detector sees: the oriented photo reduced to this long side. Both models scale
 * it down to their own input; 640 px keeps the landmark net (112 px per face) fed for faces
 * down to ~1/12 of the image width.
 */
export const FACE_DETECTION_LONG_SIDE = 640;

/**
 * Another face makes the photo ambiguous (who is the cardholder?) when it is at least this share of
 * the largest face's height: then the photo is refused. A smaller face far in the background is not
 * a rival; it only matters when it would end up inside the crop (see below). Half the height: a
 * person standing two or more times further from the camera than the cardholder.
 */
export const FACE_RIVAL_MIN_HEIGHT_SHARE = 0.5;
/**
 * The crown (top of the head, hair included) is not a landmark: it is estimated above the chin as
 * this factor times the chin-to-brow distance. Adult anthropometry (vertex to menton ~22-24 cm,
 * brow line to menton ~12.5-13 cm) gives 1.75-1.85; 1.8 sits in the middle, and on the demo
 * photographs the estimate lands within the hair line's top ± a few per cent of the head height.
 */
export const CROWN_FACTOR = 1.8;

/**
 * Framing, read by height. Chin to crown is this share of the photo height, with HEADROOM of
 * the height above the crown: crown at 10 %, chin at 65 %. The shoulder line sits roughly 0.4
 * head-heights below the chin (~87 %), so head and upper shoulders span ~77 % of the height, the
 * middle of the issuer's 70-80 % for head and shoulders (nexusid06.se, "Foto på kortet").
 */
export const FRAME_HEAD_SHARE = 0.55;
export const FRAME_HEADROOM = 0.1;
/**
 * When the photo is too tight for that framing (a close-up selfie), the crop is as large as the
 * photo allows and the head takes more of the height. Above this share there is no room left for
 * the shoulders and the issuer's 70-80 % for head *and* shoulders cannot hold: a soft finding.
 */
export const FRAME_MAX_HEAD_SHARE = 0.72;

/**
 * The fewest source pixels the 3:4 card frame may rest on: the 3:4 frame inside the 300x410
 * minimum photo (PHOTO_MIN_WIDTH x PHOTO_MIN_HEIGHT, 0.73) is 300x400. Fewer, and the card photo
 * is an enlargement of less than the issuer's smallest accepted photo.
 */
export const FRAME_MIN_SOURCE_WIDTH = 300;
export const FRAME_MIN_SOURCE_HEIGHT = 400;

/**
 * Tilt (roll) from the eye line. Up to this many degrees the photo is straightened around the head:
 * a phone held slightly crooked is common and costs nothing to fix. Beyond it, the tilt is the
 * person's pose (rotating the frame that far would tilt the shoulders and the background), so the
 * photo is left as it is and a soft finding says so. ISO/IEC 19794-5 (the passport-photo standard
 * behind most ID photo rules) allows ±8° of roll; straightening up to 10° brings such photos
 * inside it.
 */
export const FACE_STRAIGHTEN_MAX_DEGREES = 10;
/** Below this the photo is not rotated at all: resampling costs sharpness for an invisible change. */
export const FACE_STRAIGHTEN_MIN_DEGREES = 1;

/**
 * Turn (yaw) from the landmarks: how far the nose tip sits off the middle of the jaw line, as a
 * share of half the jaw width (0 frontal, ±1 the nose on the cheek's outline). Frontal faces on the
 * demo photos measure 0.00-0.15, slightly turned ones 0.2-0.35, clear three-quarter views
 * 0.43-0.57. The landmarks are noisy (one face measured 0.28 and -0.34 from two detector boxes),
 * so the line is drawn at 0.4: a clearly turned head is flagged, a slight turn is left alone.
 */
export const FACE_MAX_YAW_RATIO = 0.4;

/**
 * Eyes open, from the eye aspect ratio (EAR: lid opening over eye width, mean of both eyes;
 * Soukupová & Čech 2016, who put a blink at about 0.2). Open eyes on the demo photographs measure
 * 0.23-0.43 (smiling narrows them most); the lowered lids of a face looking down measure 0.20. The
 * 68-point net draws closed lids half open, so only clearly closed or hidden eyes fall below 0.2;
 * that is as far as the landmarks tell.
 */
export const FACE_MIN_EYE_OPENING = 0.2;

/**
 * The whole head must be visible in the card photo: the estimated crown may sit at most this share
 * of the head height above its top edge (the estimate's own error), the chin and the jaw's sides
 * not at all outside it.
 */
export const FACE_CUT_OFF_TOLERANCE = 0.04;
