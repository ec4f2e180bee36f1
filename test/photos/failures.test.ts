import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { processPhoto } from '../../src/photos/index';
import { expectOk, failureOf, portrait, portraitJpeg, solid } from './fixtures';
import { drawnPortrait, FRAMED_FACE, SceneFaces } from '../support/faces';

/** The synthetic portrait's drawn face: these tests are about the image, not the person. */
const faces = drawnPortrait();

describe('processPhoto: hard failures', () => {
  let hugePng: Buffer;
  beforeAll(async () => {
    // 400 megapixels of one colour: ~1 MB as PNG bytes, 1.2 GB if decoded.
    hugePng = await sharp({ create: { width: 20000, height: 20000, channels: 3, background: '#f0f0f0' }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer();
  }, 60_000);

  it('refuses a 20000x20000 PNG from its header, fast and without decoding it', async () => {
    expect(hugePng.length).toBeLessThan(5 * 1024 * 1024);
    const rssBefore = process.memoryUsage.rss();
    const started = performance.now();
    const failure = failureOf(await processPhoto(hugePng, { faces }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(process.memoryUsage.rss() - rssBefore).toBeLessThan(100 * 1024 * 1024);
    expect(failure).toEqual({ code: 'too_many_pixels', params: { width: 20000, height: 20000, megapixels: 400, maxMegapixels: 40 } });
  });

  it('honours a lower maxInputPixels', async () => {
    const failure = failureOf(await processPhoto(await portraitJpeg(), { faces, maxInputPixels: 1_000_000 }));
    expect(failure.code).toBe('too_many_pixels');
  });

  it.each([
    ['narrower than 300', 299, 600],
    ['lower than 410', 400, 409],
    ['a small landscape', 410, 300],
  ])('refuses a photo %s as too_small, naming the size and the minimum', async (_name, width, height) => {
    const failure = failureOf(await processPhoto(await solid(width, height), { faces }));
    expect(failure).toEqual({ code: 'too_small', params: { width, height, minWidth: 300, minHeight: 410 } });
  });

  it('checks the minimum after orientation (a 410x300 file with orientation 6 is 300x410)', async () => {
    const stored = await sharp({ create: { width: 410, height: 300, channels: 3, background: '#eeeeee' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    // A face that fills the photo as the card wants it, so the crop is the whole 300x410.
    expect(expectOk(await processPhoto(stored, { faces: new SceneFaces([FRAMED_FACE]) })).source).toMatchObject({
      width: 300,
      height: 410,
    });
  });

  it('refuses more than 5 MB before looking at the bytes', async () => {
    const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
    await expect(processPhoto(big, { faces })).resolves.toEqual({
      ok: false,
      failure: { code: 'too_large_bytes', params: { sizeMb: 6, maxMb: 5 } },
    });
    const slightlyOver = Buffer.alloc(5 * 1024 * 1024 + 1);
    expect(failureOf(await processPhoto(slightlyOver, { faces })).params).toEqual({ sizeMb: 5.1, maxMb: 5 });
    expect(failureOf(await processPhoto(await portraitJpeg(), { faces, maxBytes: 1000 })).code).toBe('too_large_bytes');
  });

  it('refuses an empty upload', async () => {
    expect(failureOf(await processPhoto(Buffer.alloc(0), { faces })).code).toBe('empty');
  });

  it.each([
    ['a JPEG cut in half', async () => (await portraitJpeg()).subarray(0, (await portraitJpeg()).length >> 1)],
    ['a PNG cut in half', async () => (await (await portrait()).png().toBuffer()).subarray(0, 40_000)],
    ['JPEG magic then garbage', async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 7)])],
    ['PNG magic then garbage', async () => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(5000, 7)])],
  ])('refuses %s as corrupt', async (_name, make) => {
    expect(failureOf(await processPhoto(await make(), { faces })).code).toBe('corrupt');
  });
});
