import { describe, expect, it } from 'vitest';
import { headGeometry, rotateAbout, shapeResidual } from '../../src/photos/faceGeometry';
import type { Point } from '../../src/photos/faces/port';
import { faceAt } from '../support/faces';

/** An upright face: eyes 100 px apart at y 300, chin 165 px below them (the mean face's proportions). */
const eyes = { eyeLeft: { x: 250, y: 300 }, eyeRight: { x: 350, y: 300 }, chin: { x: 300, y: 465 } };
const turned = (points: Point[], degrees: number, about: Point) => points.map((p) => rotateAbout(p, about, (degrees * Math.PI) / 180));

describe('headGeometry', () => {
  it('measures an upright frontal face: no tilt, no turn, open eyes, crown 1.8 chin-to-brow lengths above the chin', () => {
    const head = headGeometry(faceAt(eyes).landmarks);
    expect(head.rollDegrees).toBeCloseTo(0, 5);
    expect(Math.abs(head.yawRatio)).toBeLessThan(0.01);
    expect(head.eyeOpening).toBeGreaterThan(0.25);
    expect(head.pivot).toEqual({ x: 300, y: 300 });
    expect(head.upright.chinY).toBeCloseTo(465, 5);
    // The mean face's brows sit 0.33 eye distances above the eyes: brow y ~267, crown = 465 - 1.8 * (465 - 267).
    expect(head.upright.crownY).toBeCloseTo(465 - 1.8 * (465 - 267), -1);
    expect(head.upright.centreX).toBeCloseTo(300, 5);
  });

  it.each([7, -12, 25])('reads a tilt of %d° from the eye line and measures the head as if upright', (degrees) => {
    const upright = headGeometry(faceAt(eyes).landmarks);
    const tilted = headGeometry(turned(faceAt(eyes).landmarks, degrees, { x: 300, y: 300 }));
    expect(tilted.rollDegrees).toBeCloseTo(degrees, 5);
    expect(tilted.upright.chinY).toBeCloseTo(upright.upright.chinY, 5);
    expect(tilted.upright.crownY).toBeCloseTo(upright.upright.crownY, 5);
    expect(tilted.eyeOpening).toBeCloseTo(upright.eyeOpening, 5);
  });

  it('reads a turn from the nose against the jaw line, with its side', () => {
    expect(headGeometry(faceAt({ ...eyes, turn: 0.5 }).landmarks).yawRatio).toBeCloseTo(0.5, 2);
    expect(headGeometry(faceAt({ ...eyes, turn: -0.3 }).landmarks).yawRatio).toBeCloseTo(-0.3, 2);
  });

  it('reads shut eyes as an eye opening near zero', () => {
    expect(headGeometry(faceAt({ ...eyes, eyesShut: true }).landmarks).eyeOpening).toBeLessThan(0.05);
  });

  it('refuses a landmark set that is not the 68-point scheme', () => {
    expect(() => headGeometry(faceAt(eyes).landmarks.slice(0, 5))).toThrow(/68 landmarks/);
  });
});

describe('shapeResidual', () => {
  it('is zero for the mean face however it is placed, scaled or turned', () => {
    const face = faceAt(eyes).landmarks;
    // (faceAt's chin at 165 px for 100 px between the eyes is 0.1 px off the mean face's own proportion.)
    expect(shapeResidual(face)).toBeLessThan(0.001);
    expect(shapeResidual(turned(face, 30, { x: 0, y: 0 }).map((p) => ({ x: p.x * 3 + 7, y: p.y * 3 - 2 })))).toBeCloseTo(
      shapeResidual(face),
      6,
    );
  });

  it('grows with what a similarity cannot explain: a nose moved aside a little, scattered points a lot', () => {
    const face = faceAt(eyes).landmarks;
    const nudged = shapeResidual(faceAt({ ...eyes, turn: 0.2 }).landmarks);
    const scattered = shapeResidual(face.map((p, i) => ({ x: p.x + ((i * 37) % 50) - 25, y: p.y + ((i * 53) % 50) - 25 })));
    expect(nudged).toBeGreaterThan(0.01);
    expect(nudged).toBeLessThan(0.1);
    expect(scattered).toBeGreaterThan(0.15);
  });

  it('is infinite for no points or all in one place', () => {
    expect(shapeResidual([])).toBe(Infinity);
    expect(shapeResidual(Array.from({ length: 68 }, () => ({ x: 5, y: 5 })))).toBe(Infinity);
  });
});
