import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { t, type Locale, type MessageKey } from '../../src/i18n/index';
import { photo } from '../../src/i18n/catalog/photo';
import { placeholdersOf } from '../../src/i18n/define';
import { photoMessageKey, processPhoto, type PhotoOutcome, type PhotoParams } from '../../src/photos/index';
import { portrait, portraitJpeg, solid } from './fixtures';
import { DRAWN_PORTRAIT_FACE, drawnPortrait, SceneFaces, UnavailableFaces } from '../support/faces';

/** The synthetic portrait's drawn face: these tests are about the image, not the person. */
const faces = drawnPortrait();

const placeholders = placeholdersOf;

describe('photo message catalogue', () => {
  it('has the same placeholders in English and Swedish for every key', () => {
    for (const [key, en] of Object.entries(photo.en)) {
      expect(placeholders(photo.sv[key as keyof typeof photo.sv]), key).toEqual(placeholders(en));
    }
  });

  it('maps codes to photo.failure.<code> / photo.finding.<code>', () => {
    expect(photoMessageKey('failure', 'too_small')).toBe('photo.failure.too_small');
    expect(photoMessageKey('finding', 'blurry')).toBe('photo.finding.blurry');
    expect(photoMessageKey('failure', 'unsupported_format', { found: 'PDF' })).toBe('photo.failure.unsupported_format');
    expect(photoMessageKey('failure', 'no_such_code')).toBe('photo.failure.generic');
    expect(photoMessageKey('finding', 'toString')).toBe('photo.finding.generic');
  });

  it('tells iPhone users how to get JPEG instead of HEIC, in both languages', () => {
    const key = photoMessageKey('failure', 'unsupported_format', { found: 'HEIC' });
    expect(t('en', key)).toContain('Settings > Camera > Formats > Most Compatible');
    expect(t('sv', key)).toContain('Inställningar > Kamera > Format > Mest kompatibel');
    expect(t('en', key)).toContain('JPG or PNG');
  });

  it('gives the advice the users need for background and blur', () => {
    expect(t('en', photoMessageKey('finding', 'background_not_light'))).toContain('Use a light, plain background, e.g. a white wall');
    expect(t('en', photoMessageKey('finding', 'blurry'))).toBe('The photo is blurry; hold the phone still, focus on the eyes.');
  });
});

describe('every outcome the pipeline produces renders completely in both languages', () => {
  const cases: [string, () => Promise<PhotoOutcome>][] = [
    ['empty', () => processPhoto(Buffer.alloc(0), { faces })],
    ['too large', () => processPhoto(Buffer.alloc(6_000_000), { faces })],
    [
      'GIF',
      async () =>
        processPhoto(
          await sharp({ create: { width: 400, height: 500, channels: 3, background: '#fff' } })
            .gif()
            .toBuffer(),
          { faces },
        ),
    ],
    ['HEIC', () => processPhoto(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic')]), { faces })],
    ['unknown', () => processPhoto(Buffer.from('not an image at all'), { faces })],
    ['corrupt', async () => processPhoto((await portraitJpeg()).subarray(0, 3000), { faces })],
    ['too many pixels', async () => processPhoto(await portraitJpeg(), { faces, maxInputPixels: 500_000 })],
    ['too small', async () => processPhoto(await solid(200, 300), { faces })],
    ['busy, dark background', async () => processPhoto(await portraitJpeg({ busyBackground: true }), { faces })],
    [
      'dark, blurry landscape',
      async () => processPhoto(await (await portrait({ width: 1600, height: 1200 })).linear(0.3, 0).blur(20).jpeg().toBuffer(), { faces }),
    ],
    ['too bright', async () => processPhoto(await (await portrait()).linear(1.5, 90).jpeg().toBuffer(), { faces })],
    ['no face', async () => processPhoto(await portraitJpeg(), { faces: new SceneFaces([]) })],
    [
      'two faces',
      async () =>
        processPhoto(await portraitJpeg(), {
          faces: new SceneFaces([
            DRAWN_PORTRAIT_FACE,
            { ...DRAWN_PORTRAIT_FACE, eyeLeft: { x: 0.1, y: 0.4 }, eyeRight: { x: 0.26, y: 0.4 }, chin: { x: 0.18, y: 0.62 } },
          ]),
        }),
    ],
    [
      'a small face',
      async () =>
        processPhoto(await portraitJpeg({ width: 600, height: 800 }), {
          faces: new SceneFaces([{ eyeLeft: { x: 0.48, y: 0.4 }, eyeRight: { x: 0.52, y: 0.4 }, chin: { x: 0.5, y: 0.45 } }]),
        }),
    ],
    [
      'head cut off, tilted, turned, eyes shut',
      async () =>
        processPhoto(await portraitJpeg(), {
          faces: new SceneFaces([
            { eyeLeft: { x: 0.42, y: 0.1 }, eyeRight: { x: 0.58, y: 0.16 }, chin: { x: 0.48, y: 0.34 }, turn: 0.6, eyesShut: true },
          ]),
        }),
    ],
    [
      'too close',
      async () =>
        processPhoto(await portraitJpeg(), {
          faces: new SceneFaces([{ eyeLeft: { x: 0.35, y: 0.48 }, eyeRight: { x: 0.65, y: 0.48 }, chin: { x: 0.5, y: 0.85 } }]),
        }),
    ],
    [
      'not checked, centre-cropped',
      async () => processPhoto(await portraitJpeg({ width: 1600, height: 1200 }), { faces: new UnavailableFaces() }),
    ],
  ];
  const rendered = new Map<string, { key: MessageKey; params: PhotoParams }[]>();

  beforeAll(async () => {
    for (const [name, make] of cases) {
      const outcome = await make();
      rendered.set(
        name,
        outcome.ok
          ? outcome.findings.map((f) => ({ key: photoMessageKey('finding', f.code, f.params), params: f.params }))
          : [{ key: photoMessageKey('failure', outcome.failure.code, outcome.failure.params), params: outcome.failure.params }],
      );
    }
  });

  it.each(cases.map(([name]) => name))('%s', (name) => {
    const messages = rendered.get(name) ?? [];
    expect(messages.length).toBeGreaterThan(0);
    for (const { key, params } of messages) {
      for (const locale of ['en', 'sv'] as Locale[]) {
        const text = t(locale, key, params);
        expect(text, `${locale} ${key}`).not.toMatch(/\{\w+\}/);
        expect(text, `${locale} ${key}`).not.toBe(key);
      }
    }
  });

  it('covers every failure and finding message', () => {
    const seen = new Set([...rendered.values()].flat().map((m) => m.key));
    const all = Object.keys(photo.en).filter((k) => !k.endsWith('.generic') && k !== 'photo.requirements');
    expect(all.filter((k) => !seen.has(k as MessageKey))).toEqual([]);
  });
});
