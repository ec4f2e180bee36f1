import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { SignJWT, type JWK, type JWTPayload } from 'jose';

/** A published JWKS entry: Bot Framework keys also say which channels they sign for. */
export type PublishedJwk = JWK & { kid: string; endorsements?: string[] };

/** An RS256 key pair of a fake token issuer; `jwk` is what its key set publishes. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  jwk: PublishedJwk;
}

/** Synchronous (node:crypto), so fakes can make keys where they are first needed. */
export function createSigningKey(opts: { kid?: string; endorsements?: string[] } = {}): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = opts.kid ?? randomUUID().replace(/-/g, '').slice(0, 20);
  const jwk: PublishedJwk = {
    ...(publicKey.export({ format: 'jwk' }) as JWK),
    kid,
    use: 'sig',
    alg: 'RS256',
    ...(opts.endorsements ? { endorsements: opts.endorsements } : {}),
  };
  return { kid, privateKey, jwk };
}

export interface SignOptions {
  /** Seconds the token lives from `issuedAt` (default 1 h). */
  lifetimeSec?: number;
  /** Seconds since the epoch (default now). A token issued two hours ago with 1 h lifetime is expired. */
  issuedAt?: number;
  /** The `kid` header, if not the key's own (a forged token naming a published key). */
  kid?: string;
}

/** Signs `claims` as a JWT (iat, nbf and exp filled in unless given). */
export function signJwt(key: SigningKey, claims: JWTPayload, opts: SignOptions = {}): Promise<string> {
  const iat = opts.issuedAt ?? Math.floor(Date.now() / 1000);
  const payload = { iat, nbf: iat, exp: iat + (opts.lifetimeSec ?? 3600), ...claims };
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: opts.kid ?? key.kid }).sign(key.privateKey);
}
