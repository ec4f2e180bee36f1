import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MANIFEST_DIR, renderIcons } from '../../manifest/build';

const svg = await readFile(join(MANIFEST_DIR, 'icon.svg'));
const icons = await renderIcons(svg, '#C2410C');
const pixels = (png: Buffer) => sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });

describe('renderIcons', () => {
  it('renders a full-colour 192x192 colour icon on the accent colour', async () => {
    const { data, info } = await pixels(icons.color);
    expect([info.width, info.height]).toEqual([192, 192]);
    expect([...data.subarray(0, 4)]).toEqual([0xc2, 0x41, 0x0c, 255]);
    for (let i = 3; i < data.length; i += 4) expect(data[i]).toBe(255);
    let white = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 255 && data[i + 1] === 255 && data[i + 2] === 255) white++;
    expect(white).toBeGreaterThan(1000); // the glyph is drawn on the square
  });

  it('renders a 32x32 outline icon whose pixels are only transparent or white', async () => {
    const { data, info } = await pixels(icons.outline);
    expect([info.width, info.height, info.channels]).toEqual([32, 32, 4]);
    let white = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = data.subarray(i, i + 4);
      if (a === 0) continue;
      expect([r, g, b]).toEqual([255, 255, 255]);
      white++;
    }
    expect(white).toBeGreaterThan(100);
    expect(white).toBeLessThan(32 * 32 - 100);
  });
});
