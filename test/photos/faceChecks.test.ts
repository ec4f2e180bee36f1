import { describe, expect, it } from 'vitest';
import { judgeFaces } from '../../src/photos/faceChecks';
import { findFaces } from '../../src/photos/findFaces';
import type { DetectedFace, DetectOptions, FaceDetector, Point } from '../../src/photos/faces/port';
import { faceAt, type FacePlacement } from '../support/faces';

const FRAME = { width: 600, height: 800 };
const IMAGE = { width: 2000, height: 1500 };

/** A face with `eyes` px between the eyes, centred at `at`. */
function face(at: Point, eyes = 100, extra: Partial<FacePlacement> = {}, score = 0.9): DetectedFace {
  return faceAt(
    {
      eyeLeft: { x: at.x - eyes / 2, y: at.y },
      eyeRight: { x: at.x + eyes / 2, y: at.y },
      chin: { x: at.x, y: at.y + 1.651 * eyes },
      ...extra,
    },
    score,
  );
}
const codes = (faces: DetectedFace[], scale = 2) => {
  const verdict = judgeFaces(faces, IMAGE, FRAME, scale);
  return verdict.ok ? verdict.findings.map((f) => f.code) : verdict.failure.code;
};

describe('judgeFaces: exactly one cardholder', () => {
  it('refuses a photo without a face', () => {
    expect(judgeFaces([], IMAGE, FRAME, 1)).toEqual({ ok: false, failure: { code: 'no_face', params: {} } });
  });

  it('accepts one face, with what it measured', () => {
    const verdict = judgeFaces([face({ x: 1000, y: 600 })], IMAGE, FRAME, 2);
    if (!verdict.ok) throw new Error(verdict.failure.code);
    expect(verdict.findings).toEqual([]);
    expect(verdict.metrics).toMatchObject({ faces: 1, rollDegrees: 0, straightenedDegrees: 0, headShare: 0.55, score: 0.9 });
    expect(verdict.metrics.cropPixels.height).toBe(Math.round(verdict.plan.height * 2));
  });

  it('takes a second box on the same face for what it is, not a second person', () => {
    expect(codes([face({ x: 1000, y: 600 }), face({ x: 1010, y: 620 }, 90, {}, 0.6)])).toEqual([]);
  });

  it('refuses two faces of about the same size, naming how many', () => {
    expect(judgeFaces([face({ x: 600, y: 600 }), face({ x: 1400, y: 620 }, 80)], IMAGE, FRAME, 2)).toEqual({
      ok: false,
      failure: { code: 'several_faces', params: { count: 2 } },
    });
  });

  it('leaves a small face far behind alone when the crop cuts it away, and refuses one inside the crop', () => {
    expect(codes([face({ x: 1000, y: 600 }), face({ x: 1700, y: 400 }, 30)])).toEqual([]);
    expect(codes([face({ x: 1000, y: 600 }), face({ x: 1150, y: 380 }, 30)])).toBe('several_faces');
  });

  it('refuses a face whose crop would rest on fewer than 300x400 source pixels, with the numbers', () => {
    // Head ~357 px at 100 px between the eyes: the frame is ~487x650 here, ~341x455 source pixels at 0.7...
    expect(codes([face({ x: 1000, y: 600 })], 0.7)).toEqual([]);
    // ...and ~244x325 at 0.5: too few.
    const verdict = judgeFaces([face({ x: 1000, y: 600 })], IMAGE, FRAME, 0.5);
    expect(verdict).toMatchObject({ ok: false, failure: { code: 'too_few_pixels', params: { minWidth: 300, minHeight: 400 } } });
    if (!verdict.ok) expect(Number(verdict.failure.params.height)).toBeLessThan(400);
  });
});

describe('judgeFaces: pose and eyes (soft findings)', () => {
  it.each<[string, DetectedFace, string[]]>([
    [
      'a head tilted by 20°',
      face({ x: 1000, y: 600 }, 100, { eyeLeft: { x: 953, y: 583 }, eyeRight: { x: 1047, y: 617 }, chin: { x: 944, y: 755 } }),
      ['head_tilted'],
    ],
    ['a head turned aside', face({ x: 1000, y: 600 }, 100, { turn: 0.6 }), ['head_turned']],
    ['closed eyes', face({ x: 1000, y: 600 }, 100, { eyesShut: true }), ['eyes_closed']],
    ['the crown above the photo', face({ x: 1000, y: 150 }), ['head_cut_off']],
    // Chin to crown ~1200 of the 1500 px, the crown just inside the top edge.
    ['a close-up: the head takes most of the photo', face({ x: 1000, y: 695 }, 336), ['head_too_close']],
  ])('%s', (_name, detected, expected) => {
    expect(codes([detected])).toEqual(expected);
  });

  it('names the tilt it measured and the most it straightens', () => {
    const tilted = face({ x: 1000, y: 600 }, 100, { eyeLeft: { x: 953, y: 583 }, eyeRight: { x: 1047, y: 617 }, chin: { x: 944, y: 755 } });
    const verdict = judgeFaces([tilted], IMAGE, FRAME, 2);
    expect(verdict.ok && verdict.findings[0]).toEqual({ code: 'head_tilted', params: { degrees: 20, maxDegrees: 10 } });
  });
});

/** A detector with one answer per model, recording which models were asked. */
function twoModels(fast: DetectedFace[], thorough: DetectedFace[]) {
  const asked: string[] = [];
  const detector: FaceDetector = {
    async detect(_image, opts: DetectOptions = {}) {
      asked.push(opts.thorough ? 'thorough' : 'fast');
      return opts.thorough ? thorough : fast;
    },
    async close() {},
  };
  return { detector, asked };
}

describe('findFaces: the fast model first, the thorough one for anything but one clear face', () => {
  const image = { data: new Uint8Array(3), width: 1, height: 1 };
  const one = face({ x: 1000, y: 600 });
  const misshapen = { ...one, landmarks: one.landmarks.map((p, i) => ({ x: p.x + ((i * 37) % 80) - 40, y: p.y + ((i * 53) % 80) - 40 })) };

  it.each<[string, DetectedFace[], DetectedFace[], string[], DetectedFace[]]>([
    ['one clear face: the fast answer stands', [one], [], ['fast'], [one]],
    ['no face: the thorough model decides', [], [one], ['fast', 'thorough'], [one]],
    ['several: the thorough model decides', [one, one], [one], ['fast', 'thorough'], [one]],
    ['a misshapen one (hair, an arm): the thorough model decides', [misshapen], [], ['fast', 'thorough'], []],
    ["the thorough model sees nothing: the fast model's clear faces stand", [one, misshapen], [], ['fast', 'thorough'], [one]],
  ])('%s', async (_name, fast, thorough, asked, expected) => {
    const models = twoModels(fast, thorough);
    expect(await findFaces(models.detector, image)).toEqual(expected);
    expect(models.asked).toEqual(asked);
  });
});
