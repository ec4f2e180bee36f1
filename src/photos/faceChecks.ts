/**
 * The person in the photo, judged from the detector's faces: exactly one cardholder (hard), the
 * framing around that head, and what the landmarks say about pose and eyes (soft findings).
 */
import {
  FACE_MAX_YAW_RATIO,
  FACE_MIN_EYE_OPENING,
  FACE_RIVAL_MIN_HEIGHT_SHARE,
  FACE_STRAIGHTEN_MAX_DEGREES,
  FRAME_MAX_HEAD_SHARE,
  FRAME_MIN_SOURCE_HEIGHT,
  FRAME_MIN_SOURCE_WIDTH,
} from '../domain/photo-face-rules';
import type { DetectedFace, FaceBox, Point } from './faces/port';
import { headGeometry, rotateAbout } from './faceGeometry';
import { planFrame, type FramePlan } from './framing';
import type { Size } from './geometry';
import type { FaceMetrics, PhotoFailure, PhotoFinding } from './types';

export type FaceVerdict =
  { ok: false; failure: PhotoFailure } | { ok: true; plan: FramePlan; findings: PhotoFinding[]; metrics: FaceMetrics };

// `|| 0`: a rounded -0.001 is -0, which reads oddly in logs and compares unequal to 0 in tests.
const round1 = (n: number): number => Math.round(n * 10) / 10 || 0;
const round2 = (n: number): number => Math.round(n * 100) / 100 || 0;
const centreOf = (box: FaceBox): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
const contains = (box: FaceBox, p: Point): boolean => p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;

function insideCrop(plan: FramePlan, p: Point): boolean {
  const q = rotateAbout(p, plan.centre, (-plan.straightenDegrees * Math.PI) / 180);
  return Math.abs(q.x - plan.centre.x) <= plan.width / 2 && Math.abs(q.y - plan.centre.y) <= plan.height / 2;
}

/**
 * `faces` are in the pixels of an image of `image` size; `sourceScale` is how many source pixels
 * one of those is (the image was reduced from the upload), for the "real pixels" rule.
 */
export function judgeFaces(faces: DetectedFace[], image: Size, frame: Size, sourceScale: number): FaceVerdict {
  if (faces.length === 0) return { ok: false, failure: { code: 'no_face', params: {} } };
  const [main, ...rest] = [...faces].sort((a, b) => b.box.height - a.box.height) as [DetectedFace, ...DetectedFace[]];
  // The detector's suppression sometimes leaves a second box on the same face: not a second person.
  const others = rest.filter((f) => !contains(main.box, centreOf(f.box)));
  const rivals = others.filter((f) => f.box.height >= FACE_RIVAL_MIN_HEIGHT_SHARE * main.box.height);
  if (rivals.length > 0) return { ok: false, failure: { code: 'several_faces', params: { count: 1 + others.length } } };

  const head = headGeometry(main.landmarks);
  const plan = planFrame(head, image, frame);
  // A small face far behind is cut away by the crop; one that would be in the card photo is not.
  if (others.some((f) => insideCrop(plan, centreOf(f.box)))) {
    return { ok: false, failure: { code: 'several_faces', params: { count: 1 + others.length } } };
  }
  const real = { width: Math.round(plan.width * sourceScale), height: Math.round(plan.height * sourceScale) };
  if (real.width < FRAME_MIN_SOURCE_WIDTH || real.height < FRAME_MIN_SOURCE_HEIGHT) {
    return {
      ok: false,
      failure: { code: 'too_few_pixels', params: { ...real, minWidth: FRAME_MIN_SOURCE_WIDTH, minHeight: FRAME_MIN_SOURCE_HEIGHT } },
    };
  }

  const findings: PhotoFinding[] = [];
  if (plan.cutOff) findings.push({ code: 'head_cut_off', params: { edge: plan.cutOff } });
  else if (plan.headShare > FRAME_MAX_HEAD_SHARE)
    findings.push({ code: 'head_too_close', params: { headPercent: Math.round(plan.headShare * 100) } });
  const tilt = Math.abs(head.rollDegrees);
  if (tilt > FACE_STRAIGHTEN_MAX_DEGREES)
    findings.push({ code: 'head_tilted', params: { degrees: Math.round(tilt), maxDegrees: FACE_STRAIGHTEN_MAX_DEGREES } });
  if (Math.abs(head.yawRatio) > FACE_MAX_YAW_RATIO)
    findings.push({ code: 'head_turned', params: { yaw: round2(head.yawRatio), maxYaw: FACE_MAX_YAW_RATIO } });
  if (head.eyeOpening < FACE_MIN_EYE_OPENING)
    findings.push({ code: 'eyes_closed', params: { eyeOpening: round2(head.eyeOpening), minEyeOpening: FACE_MIN_EYE_OPENING } });

  const metrics: FaceMetrics = {
    score: round2(main.score),
    faces: 1 + others.length,
    rollDegrees: round1(head.rollDegrees),
    straightenedDegrees: round1(plan.straightenDegrees),
    yawRatio: round2(head.yawRatio),
    eyeOpening: round2(head.eyeOpening),
    headShare: round2(plan.headShare),
    cropPixels: real,
  };
  return { ok: true, plan, findings, metrics };
}

/** A face found on a reduced copy, in the pixels of an image `scale` times as large. */
export function scaleFace(face: DetectedFace, scale: number): DetectedFace {
  const p = (q: Point) => ({ x: q.x * scale, y: q.y * scale });
  const { x, y, width, height } = face.box;
  return {
    score: face.score,
    box: { x: x * scale, y: y * scale, width: width * scale, height: height * scale },
    landmarks: face.landmarks.map(p),
  };
}
