import sharp, { type Sharp } from 'sharp';
import { describe, expect, it } from 'vitest';
import { processPhoto, sniffImageType } from '../../src/photos/index';
import { solid } from './fixtures';
import { drawnPortrait } from '../support/faces';

/** The synthetic portrait's drawn face: these tests are about the image, not the person. */
const faces = drawnPortrait();

const small = (): Sharp => sharp({ create: { width: 400, height: 500, channels: 3, background: '#dddddd' } });

/** An iPhone-style HEIC file start: an ISO-BMFF `ftyp` box with brand heic. */
const heicBytes = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(200)]);
const svgBytes = Buffer.from(
  '\uFEFF<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="500"><rect width="400" height="500" fill="#fff"/></svg>',
);
const bmpBytes = Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]);

describe('sniffImageType', () => {
  it.each<[string, () => Promise<Buffer> | Buffer, ReturnType<typeof sniffImageType>]>([
    ['JPEG', () => solid(400, 500, 'jpeg'), 'jpeg'],
    ['PNG', () => solid(400, 500, 'png'), 'png'],
    ['GIF', () => small().gif().toBuffer(), 'gif'],
    ['WebP', () => small().webp().toBuffer(), 'webp'],
    ['TIFF', () => small().tiff().toBuffer(), 'tiff'],
    ['AVIF (HEIF family)', () => small().avif().toBuffer(), 'heic'],
    ['HEIC', () => heicBytes, 'heic'],
    ['PDF', () => Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'pdf'],
    ['SVG with BOM and XML declaration', () => svgBytes, 'svg'],
    ['BMP', () => bmpBytes, 'bmp'],
    ['plain text', () => Buffer.from('hello, this is not an image'), 'unknown'],
    ['HTML', () => Buffer.from('<!doctype html><html><body>hi</body></html>'), 'unknown'],
    ['nothing', () => Buffer.alloc(0), 'unknown'],
    ['two bytes', () => Buffer.from([0xff, 0xd8]), 'unknown'],
  ])('%s -> %s', async (_name, make, expected) => {
    expect(sniffImageType(await make())).toBe(expected);
  });
});

describe('processPhoto refuses what is not JPG or PNG, whatever the file is called', () => {
  // The pipeline never sees a file name: "photo.jpg" holding GIF bytes is a GIF.
  it.each<[string, () => Promise<Buffer> | Buffer, string]>([
    ['GIF renamed photo.jpg', () => small().gif().toBuffer(), 'GIF'],
    ['PDF renamed photo.jpg', () => Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'PDF'],
    ['SVG renamed photo.jpg', () => svgBytes, 'SVG'],
    ['HEIC from an iPhone', () => heicBytes, 'HEIC'],
    ['WebP', () => small().webp().toBuffer(), 'WebP'],
    ['TIFF', () => small().tiff().toBuffer(), 'TIFF'],
    ['BMP', () => bmpBytes, 'BMP'],
    ['random bytes', () => Buffer.alloc(3000, 0x41), 'unknown'],
  ])('%s -> unsupported_format, found %s', async (_name, make, found) => {
    await expect(processPhoto(await make(), { faces })).resolves.toEqual({
      ok: false,
      failure: { code: 'unsupported_format', params: { found } },
    });
  });
});
