import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { t } from '../../src/i18n/index';
import { photoMessageKey, processPhoto, type PhotoOutcome } from '../../src/photos/index';
import { headGeometry } from '../../src/photos/faceGeometry';
import { WorkerFaceDetector } from '../../src/photos/faces/workerFaceDetector';
import { expectOk, failureOf } from './fixtures';
import { documentPhoto, farAwayPerson, noFace, onePerson, tiltedPerson, twoPeople } from './realPhotos';

/**
 * The real detector (face-api in its worker, models from node_modules) on real photographs composed
 * from the package's demo photos. One model load for the file; each case is one photo.
 */
const faces = new WorkerFaceDetector({ log: createLogger('silent') });
afterAll(() => faces.close());

const check = (bytes: Buffer): Promise<PhotoOutcome> => processPhoto(bytes, { faces, maxBytes: 20 * 1024 * 1024 });
const FACE_CODES = ['head_cut_off', 'head_too_close', 'head_tilted', 'head_turned', 'eyes_closed', 'face_not_checked'];

/** Where the head sits in a 600x800 result, found again by the detector itself. */
async function headIn(photo: Buffer) {
  const { data, info } = await sharp(photo).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const found = await faces.detect({ data, width: info.width, height: info.height });
  expect(found).toHaveLength(1);
  return headGeometry(found[0]!.landmarks);
}

/** The framing the card wants (crown at 10 %, chin at 65 %, the head's middle in the middle), within the estimate's noise. */
async function expectFramed(photo: Buffer): Promise<void> {
  const head = await headIn(photo);
  expect(Math.abs(head.rollDegrees)).toBeLessThan(3);
  expect(head.upright.centreX).toBeGreaterThan(300 - 45);
  expect(head.upright.centreX).toBeLessThan(300 + 45);
  expect(head.upright.crownY / 800).toBeGreaterThan(0.1 - 0.05);
  expect(head.upright.crownY / 800).toBeLessThan(0.1 + 0.05);
  expect(head.upright.chinY / 800).toBeGreaterThan(0.65 - 0.05);
  expect(head.upright.chinY / 800).toBeLessThan(0.65 + 0.05);
}

describe('face checks on real photographs', () => {
  beforeAll(async () => {
    // The model loads once for the file; the first case should not carry it in its time.
    await faces.detect({ data: new Uint8Array(64 * 64 * 3), width: 64, height: 64 });
  });

  it('one person against a wall: accepted without face findings, and framed around the head', async () => {
    const result = expectOk(await check(await onePerson()));
    expect(result.findings.map((f) => f.code).filter((c) => FACE_CODES.includes(c))).toEqual([]);
    expect(result.face).toMatchObject({ faces: 1, headShare: 0.55 });
    expect(result.face!.cropPixels.height).toBeGreaterThanOrEqual(400);
    await expectFramed(result.photo);
  });

  it('two people: refused as several faces, with the count, in both languages', async () => {
    const failure = failureOf(await check(await twoPeople()));
    expect(failure).toEqual({ code: 'several_faces', params: { count: 2 } });
    expect(t('en', photoMessageKey('failure', failure.code), failure.params)).toContain('This photo shows 2 faces');
    expect(t('sv', photoMessageKey('failure', failure.code), failure.params)).toContain('Fotot visar 2 ansikten');
  });

  it.each([
    ['a door and a window frame', noFace],
    ['a photographed document', documentPhoto],
  ])('no face (%s): refused as no face', async (_name, make) => {
    expect(failureOf(await check(await make()))).toEqual({ code: 'no_face', params: {} });
  });

  it('a small, far-away face in a 12 MP photo: found, and the frame cut from the full-resolution pixels', async () => {
    const result = expectOk(await check(await farAwayPerson()));
    expect(result.source).toMatchObject({ width: 4000, height: 3000 });
    // The working copy is 2000 px wide; more than 300x400 real pixels means the upload's own pixels were used.
    expect(result.face!.cropPixels.width).toBeGreaterThan(450);
    await expectFramed(result.photo);
  });

  it('the same photo reduced to 1200 px: too few real pixels for the card, with the numbers', async () => {
    const failure = failureOf(await check(await farAwayPerson(1200)));
    expect(failure.code).toBe('too_few_pixels');
    expect(failure.params).toMatchObject({ minWidth: 300, minHeight: 400 });
    expect(Number(failure.params.height)).toBeLessThan(400);
    expect(t('en', photoMessageKey('failure', failure.code), failure.params)).toMatch(/only \d+ × \d+ pixels would be left/);
  });

  it('a head tilted by 7°: straightened around the head, no tilt finding', async () => {
    const result = expectOk(await check(await tiltedPerson(7)));
    expect(Math.abs(result.face!.straightenedDegrees)).toBeGreaterThan(4);
    expect(result.findings.map((f) => f.code)).not.toContain('head_tilted');
    await expectFramed(result.photo);
  });

  it('a head tilted by 22°: left as it is, with a tilt finding naming the angle', async () => {
    const result = expectOk(await check(await tiltedPerson(22)));
    const tilted = result.findings.find((f) => f.code === 'head_tilted');
    expect(tilted?.params.maxDegrees).toBe(10);
    expect(Number(tilted?.params.degrees)).toBeGreaterThan(15);
    expect(result.face!.straightenedDegrees).toBe(0);
  });
});
