import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring links (photo thumbnails, upload pages): HMAC-SHA256 over the path and the expiry.
 * Nothing personal goes in the URL; the path carries only opaque ids.
 */
export class UrlSigner {
  constructor(
    private readonly secret: string,
    /** A function when the base is only known once the server listens (port 0 in tests). */
    private readonly baseUrl: string | (() => string),
    private readonly now: () => Date,
  ) {}

  private mac(path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${path}\n${expires}`).digest('base64url');
  }

  /** An absolute URL for `path` valid for `ttlMs`. */
  sign(path: string, ttlMs: number): string {
    const expires = Math.floor((this.now().getTime() + ttlMs) / 1000);
    const base = typeof this.baseUrl === 'function' ? this.baseUrl() : this.baseUrl;
    return `${base}${path}?exp=${expires}&sig=${this.mac(path, expires)}`;
  }

  /** The verdict for a request to `path`, reading `exp` and `sig` from its URL's query. */
  verifyRequest(path: string, requestUrl: string | undefined): 'ok' | 'expired' | 'invalid' {
    const query = new URL(requestUrl ?? '', 'http://x').searchParams;
    return this.verify(path, query.get('exp') ?? undefined, query.get('sig') ?? undefined);
  }

  /** 'ok', 'expired' or 'invalid' for a path and its query values. */
  verify(path: string, exp: unknown, sig: unknown): 'ok' | 'expired' | 'invalid' {
    if (typeof exp !== 'string' || typeof sig !== 'string' || !/^\d{1,12}$/.test(exp)) return 'invalid';
    const expected = Buffer.from(this.mac(path, Number(exp)));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
    return Number(exp) * 1000 < this.now().getTime() ? 'expired' : 'ok';
  }
}
