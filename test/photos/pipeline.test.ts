import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processPhoto } from '../../src/photos/index';
import { expectOk, hasGpsIfd, portrait, portraitJpeg, regionLuma, type Success } from './fixtures';
import { drawnPortrait, FRAMED_FACE, SceneFaces, UnavailableFaces } from '../support/faces';

/** The synthetic portrait's drawn face: these tests are about the image, not the person. */
const faces = drawnPortrait();

async function expectNormalised(result: Success): Promise<void> {
  const photo = await sharp(result.photo).metadata();
  const thumb = await sharp(result.thumbnail).metadata();
  expect([photo.format, photo.width, photo.height]).toEqual(['jpeg', 600, 800]);
  expect([thumb.format, thumb.width, thumb.height]).toEqual(['jpeg', 150, 200]);
  for (const meta of [photo, thumb]) {
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  }
}

describe('processPhoto: accepted photos', () => {
  it('normalises a good portrait to a 600x800 JPEG and a 150x200 thumbnail, with no findings', async () => {
    const result = expectOk(await processPhoto(await portraitJpeg(), { faces }));
    expect(result.findings).toEqual([]);
    expect(result.source).toEqual({ format: 'jpeg', width: 900, height: 1200 });
    await expectNormalised(result);
  });

  it('accepts a Uint8Array as well as a Buffer', async () => {
    const bytes = await portraitJpeg();
    const result = expectOk(await processPhoto(new Uint8Array(bytes), { faces }));
    expect(result.findings).toEqual([]);
  });

  it.each([
    // At the minimum only a face that already fills the photo as the card wants it leaves enough pixels.
    ['exactly the minimum, 300x410, framed as the card wants it', 300, 410, new SceneFaces([FRAMED_FACE])],
    ['a 12 MP phone portrait, 3000x4000', 3000, 4000, faces],
  ])('accepts %s', async (_name, width, height, detector) => {
    const result = expectOk(await processPhoto(await portraitJpeg({ width, height }), { faces: detector }));
    expect(result.source).toMatchObject({ width, height });
    await expectNormalised(result);
  });

  it('accepts PNG, including 16-bit and transparency (flattened onto white)', async () => {
    const opaque = await (await portrait()).png().toBuffer();
    expect(expectOk(await processPhoto(opaque, { faces })).findings).toEqual([]);
    const sixteenBit = await (await portrait()).toColourspace('rgb16').png().toBuffer();
    expect((await sharp(sixteenBit).metadata()).depth).toBe('ushort');
    expect(expectOk(await processPhoto(sixteenBit, { faces })).source.format).toBe('png');
    const transparent = await sharp({ create: { width: 600, height: 800, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const flattened = expectOk(await processPhoto(transparent, { faces }));
    expect(flattened.metrics.borderLuma).toBeGreaterThan(250);
  });

  it.each([
    ['a CMYK JPEG', async () => (await portrait()).toColourspace('cmyk').jpeg().toBuffer()],
    ['a Display P3 JPEG with its ICC profile', async () => (await portrait()).jpeg().withIccProfile('p3').toBuffer()],
  ])('accepts %s, converted to sRGB without a profile', async (_name, make) => {
    const result = expectOk(await processPhoto(await make(), { faces }));
    expect(result.findings).toEqual([]);
    expect((await sharp(result.photo).metadata()).space).toBe('srgb');
    await expectNormalised(result);
  });

  it('accepts a black-and-white photo without findings', async () => {
    const bw = await (await portrait()).greyscale().toColourspace('b-w').jpeg().toBuffer();
    expect((await sharp(bw).metadata()).channels).toBe(1);
    const result = expectOk(await processPhoto(bw, { faces }));
    expect(result.findings).toEqual([]);
    await expectNormalised(result);
  });
});

describe('processPhoto: orientation, crop and metadata', () => {
  it('applies EXIF orientation 6: an 800x600 file showing a 600x800 portrait is not cropped', async () => {
    const stored = await (await portrait({ width: 600, height: 800 })).rotate(-90).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect(await sharp(stored).metadata()).toMatchObject({ width: 800, height: 600, orientation: 6 });
    const result = expectOk(await processPhoto(stored, { faces }));
    expect(result.source).toEqual({ format: 'jpeg', width: 600, height: 800 });
    expect(result.findings).toEqual([]);
    await expectNormalised(result);
    // Upright: the light wall is at the top, the dark jacket at the bottom centre.
    expect(await regionLuma(result.photo, { left: 0, top: 0, width: 600, height: 60 })).toBeGreaterThan(200);
    expect(await regionLuma(result.photo, { left: 200, top: 740, width: 200, height: 60 })).toBeLessThan(90);
  });

  it('strips EXIF and GPS from the output', async () => {
    const tagged = await (
      await portrait()
    )
      .jpeg()
      .withExif({
        IFD0: { Make: 'TestPhone', Model: 'X1' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '18/1 4/1 0/1' },
      })
      .toBuffer();
    const input = await sharp(tagged).metadata();
    expect(input.exif && hasGpsIfd(input.exif)).toBe(true);
    const result = expectOk(await processPhoto(tagged, { faces }));
    await expectNormalised(result);
    for (const out of [result.photo, result.thumbnail]) {
      expect(out.includes('Exif')).toBe(false);
      expect(out.includes('TestPhone')).toBe(false);
    }
  });

  it('without a face check (detector unavailable), crops a landscape photo to its centre and says both', async () => {
    // 350 red | 900 white | 350 blue: a centred 3:4 crop of the 1200 px height keeps only white.
    const landscape = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#ff0000' } })
      .composite([
        { input: { create: { width: 900, height: 1200, channels: 3, background: '#ffffff' } }, left: 350, top: 0 },
        { input: { create: { width: 350, height: 1200, channels: 3, background: '#0000ff' } }, left: 1250, top: 0 },
      ])
      .jpeg()
      .toBuffer();
    const result = expectOk(await processPhoto(landscape, { faces: new UnavailableFaces() }));
    await expectNormalised(result);
    // First the two about the crop; the measured checks follow (this test image has no wall to judge).
    expect(result.findings.slice(0, 2)).toEqual([
      { code: 'face_not_checked', params: {} },
      { code: 'cropped_to_portrait', params: { removedPercent: 44, width: 1600, height: 1200 } },
    ]);
    expect(result.face).toBeUndefined();
    for (const left of [0, 590]) {
      expect(await regionLuma(result.photo, { left, top: 0, width: 10, height: 800 })).toBeGreaterThan(245);
    }
  });

  it('without a face check, crops a too-tall photo near the top (a fifth of the surplus above, the rest below)', async () => {
    // 900x2400 -> keep 900x1200 starting at row 240: red above, blue below, white kept.
    const tall = await sharp({ create: { width: 900, height: 2400, channels: 3, background: '#ff0000' } })
      .composite([
        { input: { create: { width: 900, height: 1200, channels: 3, background: '#ffffff' } }, left: 0, top: 240 },
        { input: { create: { width: 900, height: 960, channels: 3, background: '#0000ff' } }, left: 0, top: 1440 },
      ])
      .jpeg()
      .toBuffer();
    const result = expectOk(await processPhoto(tall, { faces: new UnavailableFaces() }));
    expect(result.findings.map((f) => f.code).slice(0, 2)).toEqual(['face_not_checked', 'cropped_to_portrait']);
    for (const top of [0, 790]) {
      expect(await regionLuma(result.photo, { left: 0, top, width: 600, height: 10 })).toBeGreaterThan(245);
    }
  });

  it('without a face check, does not mention a centre crop of 5% or less', async () => {
    const almost = await portraitJpeg({ width: 900, height: 1250 }); // 4% cut
    const result = expectOk(await processPhoto(almost, { faces: new UnavailableFaces() }));
    expect(result.findings).toEqual([{ code: 'face_not_checked', params: {} }]);
  });
});
