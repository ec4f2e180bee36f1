import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { frameAroundHead } from '../../src/photos/decode';
import { headGeometry, rotateAbout } from '../../src/photos/faceGeometry';
import type { Point } from '../../src/photos/faces/port';
import { planFrame, straightening, type FramePlan } from '../../src/photos/framing';
import { faceAt, type FacePlacement } from '../support/faces';

const FRAME = { width: 600, height: 800 };
const DEG = Math.PI / 180;

/** A face with 100 px between the eyes, chin 165 px below them; `tilt` turns it about the eye midpoint. */
function head(at: Point, tilt = 0, extra: Partial<FacePlacement> = {}) {
  const turn = (p: Point) => rotateAbout(p, at, tilt * DEG);
  const face = faceAt({
    eyeLeft: turn({ x: at.x - 50, y: at.y }),
    eyeRight: turn({ x: at.x + 50, y: at.y }),
    chin: turn({ x: at.x, y: at.y + 165 }),
    ...extra,
  });
  return headGeometry(face.landmarks);
}

/** Where a point of the image lands in the crop, as fractions of the crop (0,0 top-left). */
function inCrop(plan: FramePlan, p: Point): Point {
  const q = rotateAbout(p, plan.centre, -plan.straightenDegrees * DEG);
  return { x: (q.x - plan.centre.x) / plan.width + 0.5, y: (q.y - plan.centre.y) / plan.height + 0.5 };
}

describe('planFrame', () => {
  it('frames an upright head in a large photo: chin to crown 55 % of the height, crown at 10 %, head in the middle', () => {
    const h = head({ x: 1000, y: 700 });
    const plan = planFrame(h, { width: 2000, height: 1500 }, FRAME);
    const headHeight = h.upright.chinY - h.upright.crownY;
    expect(plan.height).toBeCloseTo(headHeight / 0.55, 5);
    expect(plan.width / plan.height).toBeCloseTo(0.75, 5);
    expect(plan.straightenDegrees).toBe(0);
    expect(plan.headShare).toBeCloseTo(0.55, 5);
    expect(plan.cutOff).toBeUndefined();
    expect(inCrop(plan, { x: h.upright.centreX, y: h.upright.crownY }).y).toBeCloseTo(0.1, 5);
    expect(inCrop(plan, { x: h.upright.centreX, y: h.upright.chinY }).y).toBeCloseTo(0.65, 5);
    expect(inCrop(plan, { x: h.upright.centreX, y: h.upright.chinY }).x).toBeCloseTo(0.5, 5);
  });

  it.each([
    [0.5, 0],
    [1.5, 1.5],
    [6, 6],
    [-10, -10],
    [10.5, 0],
    [25, 0],
  ])('straightens a tilt of %d° by %d° (small ones only: beyond 10° it is a pose)', (tilt, expected) => {
    expect(straightening(tilt)).toBe(expected);
    const plan = planFrame(head({ x: 1000, y: 700 }, tilt), { width: 2000, height: 1500 }, FRAME);
    expect(plan.straightenDegrees).toBeCloseTo(expected, 5);
  });

  it('a straightened head sits in the turned crop like an upright one', () => {
    const at = { x: 1000, y: 700 };
    const h = head(at, 7);
    const plan = planFrame(h, { width: 2000, height: 1500 }, FRAME);
    const crown = rotateAbout({ x: h.upright.centreX, y: h.upright.crownY }, h.pivot, 7 * DEG);
    expect(inCrop(plan, crown).y).toBeCloseTo(0.1, 5);
    expect(inCrop(plan, crown).x).toBeCloseTo(0.5, 5);
  });

  it('in a photo smaller than the frame wants, takes the whole height and lets the head take more of it', () => {
    const h = head({ x: 250, y: 250 }); // chin to crown ~356 px: the frame wants ~648 px of height
    const plan = planFrame(h, { width: 500, height: 560 }, FRAME);
    expect(plan.height).toBeCloseTo(560, 5);
    expect(plan.headShare).toBeGreaterThan(0.55);
    expect(plan.cutOff).toBeUndefined();
  });

  it('slides a frame that crosses an edge back inside: the head leaves the middle but stays whole', () => {
    const h = head({ x: 180, y: 700 });
    const plan = planFrame(h, { width: 2000, height: 1500 }, FRAME);
    expect(plan.centre.x - plan.width / 2).toBeCloseTo(0, 5);
    expect(inCrop(plan, { x: h.upright.centreX, y: h.upright.chinY }).x).toBeLessThan(0.5);
    expect(plan.cutOff).toBeUndefined();
  });

  it.each<[string, Point, 'top' | 'bottom' | 'sides']>([
    ['the crown above the top edge', { x: 1000, y: 120 }, 'top'],
    ['the chin below the bottom edge', { x: 1000, y: 1400 }, 'bottom'],
  ])('says the head is cut off with %s', (_name, at, edge) => {
    expect(planFrame(head(at), { width: 2000, height: 1500 }, FRAME).cutOff).toBe(edge);
  });

  it('says the head is cut off at the sides when the face reaches past the left edge', () => {
    expect(planFrame(head({ x: 60, y: 700 }), { width: 2000, height: 1500 }, FRAME).cutOff).toBe('sides');
  });
});

describe('frameAroundHead (sharp) cuts what planFrame planned', () => {
  /** A white image with a black dot at the frame's centre and a grey dot 200 px above it along the frame's own axis. */
  async function marked(plan: FramePlan, size: { width: number; height: number }) {
    const up = rotateAbout({ x: plan.centre.x, y: plan.centre.y - 200 }, plan.centre, plan.straightenDegrees * DEG);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><rect width="100%" height="100%" fill="#fff"/>
      <circle cx="${plan.centre.x}" cy="${plan.centre.y}" r="12" fill="#000"/><circle cx="${up.x}" cy="${up.y}" r="12" fill="#808080"/></svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  /** The centre of the pixels darker than `below` and lighter than `above` in a 600x800 RGB frame. */
  function spot(frame: { data: Uint8Array }, above: number, below: number): Point {
    let [x, y, n] = [0, 0, 0];
    for (let i = 0; i < 600 * 800; i++) {
      const v = frame.data[i * 3]!;
      if (v >= above && v < below) [x, y, n] = [x + (i % 600), y + Math.floor(i / 600), n + 1];
    }
    return { x: x / n, y: y / n };
  }

  it.each([0, 6, -9])('straightened by %d°: the centre lands in the middle and "up" points up', async (tilt) => {
    const size = { width: 1600, height: 1200 };
    const plan = planFrame(head({ x: 800, y: 500 }, tilt), size, FRAME);
    const frame = await frameAroundHead(await marked(plan, size), plan, FRAME);
    expect([frame.width, frame.height]).toEqual([600, 800]);
    const centre = spot(frame, 0, 60);
    const up = spot(frame, 100, 160);
    expect(centre.x).toBeCloseTo(300, -1);
    expect(centre.y).toBeCloseTo(400, -1);
    expect(up.x).toBeCloseTo(centre.x, -1);
    expect(up.y).toBeLessThan(centre.y);
  });
});
