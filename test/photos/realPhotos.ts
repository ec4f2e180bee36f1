/**
 * Real photographs for the face checks, composed at test time from the demo photos that ship in
 * the @vladmandic/face-api package (group photos of people, 1920 px wide). Nothing is committed:
 * each case is cut out of a demo photo and placed on a plain wall-coloured canvas with sharp.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';

const DEMO = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo');
const WALL = '#e9e7e3';

type Region = { left: number; top: number; width: number; height: number };
const demo = (n: number, region: Region) => sharp(join(DEMO, `sample${n}.jpg`)).extract(region);

/** A cut-out placed at the bottom centre of a wall-coloured canvas `scale` times its width, 3:4 unless `size` is given. */
async function onWall(person: Buffer, opts: { scale?: number; size?: { width: number; height: number } } = {}): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(person).metadata();
  const canvasWidth = opts.size?.width ?? Math.round(width * (opts.scale ?? 1.8));
  const canvasHeight = opts.size?.height ?? Math.round((canvasWidth * 4) / 3);
  return sharp({ create: { width: canvasWidth, height: canvasHeight, channels: 3, background: WALL } })
    .composite([{ input: person, left: Math.round((canvasWidth - width) / 2), top: canvasHeight - height }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * The woman on the right of sample6.jpg, head and shoulders (her face is ~280 px high), turned
 * upright: the demo photo has her head tilted by ~13.6°.
 */
export async function onePersonCutOut(extraTiltDegrees = 0): Promise<Buffer> {
  const cut = await demo(6, { left: 1420, top: 200, width: 480, height: 900 }).toBuffer();
  return sharp(cut)
    .rotate(-13.6 + extraTiltDegrees, { background: WALL })
    .png()
    .toBuffer();
}

/** One person, straight from the front, against a plain wall: what a card photo should be. */
export async function onePerson(): Promise<Buffer> {
  return onWall(await onePersonCutOut());
}

/** The same photo cropped closer, head and shoulders filling most of it, as an exported ID photo. */
export async function headAndShoulders(): Promise<Buffer> {
  return onWall(await onePersonCutOut(), { scale: 1.1 });
}

/** The same person with the head tilted by `degrees` (positive: clockwise). */
export async function tiltedPerson(degrees: number): Promise<Buffer> {
  return onWall(await onePersonCutOut(degrees));
}

/** Two women side by side (the middle and right of sample3.jpg), faces of about the same size. */
export async function twoPeople(): Promise<Buffer> {
  return onWall(await demo(3, { left: 1000, top: 100, width: 900, height: 820 }).png().toBuffer(), { scale: 1.2 });
}

/** No face: the door, window frame and light switch at the left of sample3.jpg. */
export async function noFace(): Promise<Buffer> {
  return demo(3, { left: 0, top: 0, width: 420, height: 640 }).jpeg({ quality: 90 }).toBuffer();
}

/** No face: a scanned-looking document (an ID card or a form photographed instead of the person). */
export async function documentPhoto(): Promise<Buffer> {
  const lines = Array.from(
    { length: 14 },
    (_, i) => `<rect x="60" y="${180 + i * 42}" width="${380 + ((i * 97) % 220)}" height="14" fill="#555"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="960"><rect width="720" height="960" fill="#f7f5ef"/>
    <rect x="60" y="60" width="600" height="70" fill="#1f3b6f"/><text x="80" y="110" font-size="40" fill="#fff" font-family="sans-serif">APPLICATION FORM</text>
    ${lines}<rect x="60" y="800" width="260" height="90" fill="none" stroke="#333" stroke-width="3"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/**
 * The person small and far away in a large photo: the cut-out at its own size on a 4000x3000
 * canvas (the face is ~7 % of the width). `reducedTo` scales the whole photo down, as a messenger
 * app or a screenshot would, so the face keeps too few pixels for the card.
 */
export async function farAwayPerson(reducedTo?: number): Promise<Buffer> {
  // Composed once per test file: encoding 12 MP takes a while on a busy machine.
  farAway ??= onePersonCutOut().then((cut) => onWall(cut, { size: { width: 4000, height: 3000 } }));
  const photo = await farAway;
  return reducedTo ? sharp(photo).resize(reducedTo).jpeg({ quality: 90 }).toBuffer() : photo;
}
let farAway: Promise<Buffer> | undefined;

/**
 * A 12 MP (4000x3000) landscape phone photo of one person, head and shoulders filling the height,
 * standing off-centre against the wall: the demo cut-out enlarged, with sensor-like noise so the
 * JPEG has a phone photo's size (~3 MB at quality 92).
 */
export async function phonePhoto12mp(): Promise<Buffer> {
  const person = await sharp(await onePersonCutOut())
    .resize({ height: 3000 })
    .toBuffer();
  const { width = 0 } = await sharp(person).metadata();
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: WALL, noise: { type: 'gaussian', mean: 230, sigma: 12 } } })
    .composite([{ input: person, left: Math.round(2400 - width / 2), top: 0 }])
    .jpeg({ quality: 92 })
    .toBuffer();
}
