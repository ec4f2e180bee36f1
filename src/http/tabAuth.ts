import { createRemoteJWKSet, customFetch, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import type { TabSsoSettings } from '../config';

/** Who a verified tab token names: the Entra object id in its tenant. */
export interface TabIdentity {
  tenantId: string;
  aadObjectId: string;
  /** The token's display name, for logs and the dev sign-in only (never for authorisation). */
  name?: string;
}

export type TabAuthRefusal =
  | 'missing_token'
  | 'malformed_token'
  | 'tenant_not_allowed'
  | 'bad_signature'
  | 'wrong_issuer'
  | 'wrong_audience'
  | 'expired'
  | 'missing_scope'
  | 'missing_claims'
  | 'keys_unavailable';

export class TabAuthError extends Error {
  constructor(
    readonly reason: TabAuthRefusal,
    readonly detail?: string,
  ) {
    super(`tab token refused: ${reason}${detail ? ` (${detail})` : ''}`);
  }
  /** 403: a tenant that may not use the tab; 503: Entra's keys could not be fetched (retry); 401: a bad token. */
  get status(): 401 | 403 | 503 {
    return this.reason === 'tenant_not_allowed' ? 403 : this.reason === 'keys_unavailable' ? 503 : 401;
  }
}

export const TAB_SCOPE = 'access_as_user';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Entra and the Teams client clocks drift a little; a minute is what Microsoft's own middleware allows. */
const CLOCK_TOLERANCE_SEC = 60;

export interface TabTokenVerifierOptions {
  /** How key sets are fetched; the global fetch unless a test trusts its own CA. */
  fetchKeys?: typeof fetch;
  /** Seconds since the epoch, for tests with a moved clock. */
  now?: () => Date;
}

/**
 * Checks a Teams SSO token (`authentication.getAuthToken()`) as Entra's own guidance says: the
 * tenant first (so an outsider's token never makes us fetch anything), then signature against that
 * tenant's published keys, issuer, audience (app id or App ID URI), expiry and the `access_as_user`
 * scope. The key sets are cached per tenant by jose (refetched on an unknown `kid`, at most every 30 s).
 */
export class TabTokenVerifier {
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(
    private readonly settings: TabSsoSettings,
    private readonly opts: TabTokenVerifierOptions = {},
  ) {}

  async verify(authorization: string | undefined): Promise<TabIdentity> {
    const token = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization?.trim() ?? '')?.[1];
    if (!authorization) throw new TabAuthError('missing_token');
    if (!token) throw new TabAuthError('malformed_token');
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      throw new TabAuthError('malformed_token');
    }
    const tenantId = typeof unverified.tid === 'string' ? unverified.tid.toLowerCase() : '';
    if (!GUID.test(tenantId)) throw new TabAuthError('missing_claims', 'tid');
    if (!this.settings.allowedTenantIds.some((t) => t.toLowerCase() === tenantId)) throw new TabAuthError('tenant_not_allowed', tenantId);

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keysOf(tenantId), {
        algorithms: ['RS256'],
        issuer: this.settings.issuers.map((i) => fill(i, tenantId)),
        audience: [this.settings.appId, this.settings.appIdUri],
        clockTolerance: CLOCK_TOLERANCE_SEC,
        requiredClaims: ['exp', 'iat'],
        ...(this.opts.now ? { currentDate: this.opts.now() } : {}),
      }));
    } catch (err) {
      throw refusalOf(err);
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(TAB_SCOPE)) throw new TabAuthError('missing_scope', String(payload.scp ?? ''));
    if (String(payload.tid).toLowerCase() !== tenantId || typeof payload.oid !== 'string' || !GUID.test(payload.oid))
      throw new TabAuthError('missing_claims', 'oid');
    return { tenantId, aadObjectId: payload.oid.toLowerCase(), ...(typeof payload.name === 'string' ? { name: payload.name } : {}) };
  }

  private keysOf(tenantId: string): ReturnType<typeof createRemoteJWKSet> {
    const url = fill(this.settings.jwksUrl, tenantId);
    let keys = this.keySets.get(url);
    if (!keys) {
      keys = createRemoteJWKSet(new URL(url), {
        timeoutDuration: 5_000,
        ...(this.opts.fetchKeys ? { [customFetch]: this.opts.fetchKeys } : {}),
      });
      this.keySets.set(url, keys);
    }
    return keys;
  }
}

const fill = (template: string, tenantId: string) => template.replaceAll('{tenantid}', tenantId);

function refusalOf(err: unknown): TabAuthError {
  if (err instanceof errors.JWTExpired) return new TabAuthError('expired');
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'iss') return new TabAuthError('wrong_issuer', err.reason);
    if (err.claim === 'aud') return new TabAuthError('wrong_audience', err.reason);
    if (err.claim === 'nbf') return new TabAuthError('expired', 'not yet valid');
    return new TabAuthError('missing_claims', err.claim);
  }
  if (
    err instanceof errors.JWKSNoMatchingKey ||
    err instanceof errors.JWSSignatureVerificationFailed ||
    err instanceof errors.JOSEAlgNotAllowed
  )
    return new TabAuthError('bad_signature', (err as Error).name);
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid || err instanceof errors.JOSENotSupported)
    return new TabAuthError('keys_unavailable', (err as Error).message);
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) return new TabAuthError('malformed_token');
  // A network failure fetching the key set: the token may be fine, the keys could not be had.
  return new TabAuthError('keys_unavailable', (err as Error)?.message);
}
