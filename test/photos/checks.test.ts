import type { Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { findingsFrom, measure } from '../../src/photos/checks';
import { processPhoto, type PhotoFindingCode } from '../../src/photos/index';
import { portrait, type PortraitOptions } from './fixtures';
import { drawnPortrait } from '../support/faces';

/** The synthetic portrait's drawn face: these tests are about the image, not the person. */
const faces = drawnPortrait();

/** A hard-edged shadow over the right third of a 900x1200 portrait. */
const shadow = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200"><rect x="600" width="300" height="1200" fill="#000" fill-opacity="0.45"/></svg>',
);

async function findingCodes(opts: PortraitOptions, edit: (image: Sharp) => Sharp = (i) => i): Promise<PhotoFindingCode[]> {
  const outcome = await processPhoto(
    await edit(await portrait(opts))
      .jpeg({ quality: 90 })
      .toBuffer(),
    { faces },
  );
  if (!outcome.ok) throw new Error(`unexpected failure ${outcome.failure.code}`);
  return outcome.findings.map((f) => f.code).sort();
}

describe('measured quality checks on realistic variations of one portrait', () => {
  it.each<[string, PhotoFindingCode[], PortraitOptions, ((image: Sharp) => Sharp) | undefined]>([
    ['good: white wall, sharp edges, light noise', [], {}, undefined],
    ['good with heavy sensor noise', [], { noise: 15 }, undefined],
    ['good in black and white', [], {}, (i) => i.greyscale().toColourspace('b-w')],
    ['good but slightly soft (blur 2 px on 900x1200)', [], {}, (i) => i.blur(2)],
    ['good on a light grey wall', [], { background: '#c8c8c8' }, undefined],
    ['good on a pure white wall with flat lighting', [], { background: '#ffffff', noise: 0 }, undefined],
    ['good on a white wall lit from one side', [], { background: ['#fafafa', '#b4b4b4'] }, undefined],
    ['hard shadow on the right of the wall', ['background_not_plain'], {}, (i) => i.composite([{ input: shadow }])],
    ['dark background (grey-brown wall)', ['background_not_light'], { background: '#5a5048' }, undefined],
    // The dark strip along the top edge lies above the headroom, so the crop around the head cuts it away.
    ['busy background (shelves, door)', ['background_not_plain'], { busyBackground: true }, undefined],
    ['too dark overall (underexposed)', ['background_not_light', 'too_dark'], {}, (i) => i.linear(0.3, 0)],
    ['too bright overall (blown out)', ['too_bright'], {}, (i) => i.linear(1.5, 90)],
    ['blurry (gaussian blur 12 px on 900x1200)', ['blurry'], {}, (i) => i.blur(12)],
    ['blurry at 12 MP (blur 40 px on 3000x4000)', ['blurry'], { width: 3000, height: 4000 }, (i) => i.blur(40)],
  ])('%s -> %j', async (_name, expected, opts, edit) => {
    expect(await findingCodes(opts, edit)).toEqual(expected);
  });

  it('reports what it measured with each finding', async () => {
    const outcome = await processPhoto(await (await portrait()).blur(12).jpeg().toBuffer(), { faces });
    if (!outcome.ok) throw new Error('unexpected failure');
    const blurry = outcome.findings.find((f) => f.code === 'blurry');
    expect(blurry?.params).toEqual({ sharpness: outcome.metrics.sharpness, minSharpness: 60 });
  });
});

describe('measure() on hand-made grey images', () => {
  const grey = (width: number, height: number, pixel: (x: number, y: number) => number) => ({
    width,
    height,
    data: Uint8Array.from({ length: width * height }, (_, i) => pixel(i % width, Math.floor(i / width))),
  });

  it('a flat image: mean = border = the value, no spread, no edges', () => {
    expect(measure(grey(150, 200, () => 200))).toEqual({ meanLuma: 200, borderLuma: 200, borderStdDev: 0, sharpness: 0 });
  });

  it('a checkerboard in the middle is sharp; its border is still plain', () => {
    const m = measure(grey(150, 200, (x, y) => (x > 40 && x < 110 && y > 40 && y < 140 ? ((x + y) % 2) * 255 : 240)));
    expect(m.borderStdDev).toBe(0);
    expect(m.sharpness).toBeGreaterThan(10_000);
    expect(findingsFrom(m)).toEqual([]);
  });

  it('ignores a few dark pixels touching the border (a strand of hair) when judging plainness', () => {
    const m = measure(grey(150, 200, (x, y) => (y < 16 && x >= 70 && x < 80 ? 30 : 235)));
    expect(m.borderStdDev).toBe(0);
  });
});
