import { describe, expect, it } from 'vitest';
import { orientedSize, planPortraitCrop } from '../../src/photos/geometry';

const frame = { width: 600, height: 800 };

describe('orientedSize', () => {
  it.each([
    [undefined, { width: 800, height: 600 }],
    [1, { width: 800, height: 600 }],
    [3, { width: 800, height: 600 }],
    [5, { width: 600, height: 800 }],
    [6, { width: 600, height: 800 }],
    [8, { width: 600, height: 800 }],
  ])('orientation %s of an 800x600 file -> %j', (orientation, expected) => {
    expect(orientedSize(800, 600, orientation)).toEqual(expected);
  });
});

describe('planPortraitCrop to 600x800', () => {
  it.each([
    ['exact 3:4', { width: 900, height: 1200 }, { resize: { width: 600, height: 800 }, left: 0, top: 0 }, 0],
    ['landscape 4:3, cut at the sides', { width: 4000, height: 3000 }, { resize: { width: 1067, height: 800 }, left: 233, top: 0 }, 0.4375],
    ['square, cut at the sides', { width: 1000, height: 1000 }, { resize: { width: 800, height: 800 }, left: 100, top: 0 }, 0.25],
    [
      '9:16 portrait, a fifth of the surplus cut above',
      { width: 900, height: 1600 },
      { resize: { width: 600, height: 1067 }, left: 0, top: 53 },
      0.25,
    ],
    ['minimum 300x410', { width: 300, height: 410 }, { resize: { width: 600, height: 820 }, left: 0, top: 4 }, 1 - 400 / 410],
  ])('%s', (_name, source, expected, removed) => {
    const plan = planPortraitCrop(source, frame, 0.2);
    expect(plan).toMatchObject(expected);
    expect(plan.removedFraction).toBeCloseTo(removed, 4);
    // The window always fits inside the resized image.
    expect(plan.left + frame.width).toBeLessThanOrEqual(plan.resize.width);
    expect(plan.top + frame.height).toBeLessThanOrEqual(plan.resize.height);
  });
});
