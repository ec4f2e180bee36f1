import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardProblems } from '../support/validateCard';
import { cardWith, placeOrderFor, startCast, type Cast } from './lifecycleHelpers';

let cast: Cast;
beforeAll(async () => {
  cast = await startCast();
});
afterAll(async () => cast.harness.stop());

type Node = Record<string, any>;
function images(node: unknown, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => images(n, out));
  else if (node && typeof node === 'object') {
    if ((node as Node).type === 'Image') out.push(node as Node);
    Object.values(node).forEach((v) => images(v, out));
  }
  return out;
}

/** The signature covers path and expiry; the test server's public base URL says port 0, so fetch its real address. */
const local = (url: string) => {
  const { pathname, search } = new URL(url);
  return `${cast.harness.url}${pathname}${search}`;
};

describe('review card: a thumbnail opens the photo large', () => {
  it('every thumbnail opens its signed full-size photo, which the server serves; the same path unsigned is refused', async () => {
    const { harness, rita } = cast;
    const { number } = await placeOrderFor(cast);
    const review = await cardWith(harness, rita, `Review order ${number}`);
    expect(cardProblems(review.card)).toEqual([]);
    const thumbs = images(review.card);
    expect(thumbs).toHaveLength(2);
    for (const image of thumbs) {
      expect(image.selectAction).toMatchObject({ type: 'Action.OpenUrl' });
      const large: string = image.selectAction.url;
      expect(large).toMatch(/\/photos\/[^/?]+\/large\?exp=\d+&sig=/);
      // The large photo of the same photo as the thumbnail.
      expect(new URL(large).pathname.replace(/\/large$/, '/thumb')).toBe(new URL(image.url).pathname);
      const full = await fetch(local(large));
      expect(full.status).toBe(200);
      expect(full.headers.get('content-type')).toBe('image/jpeg');
      const thumb = await fetch(local(image.url));
      expect((await full.arrayBuffer()).byteLength).toBeGreaterThan((await thumb.arrayBuffer()).byteLength);
      expect((await fetch(`${harness.url}${new URL(large).pathname}`)).status).toBe(403);
    }
  });
});
