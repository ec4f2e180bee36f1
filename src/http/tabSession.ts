import type { Request } from 'restify';
import type { Actor, ServiceContext } from '../services/context';
import type { UrlSigner } from './signing';
import { TabAuthError, type TabTokenVerifier } from './tabAuth';

/** A request the tab's API refuses before any service runs; `code` picks the message. */
export class TabRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail?: string,
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
}

export interface TabSession {
  actor: Actor;
  signIn: 'teams' | 'development';
}

/** How a tab request proves who is asking: a Teams SSO token, or (local mode only) a development sign-in. */
export interface TabSessions {
  authenticate(req: Request): Promise<TabSession>;
  /** Local mode only: a development token for a person the bot has met. */
  developmentToken?(personId: string): Promise<string | null>;
}

/** Production: the bearer token is a Teams SSO token; `oid` + `tid` name a person the bot has met. */
export function teamsSessions(ctx: ServiceContext, verifier: TabTokenVerifier): TabSessions {
  return {
    async authenticate(req) {
      let identity;
      try {
        identity = await verifier.verify(req.headers.authorization);
      } catch (err) {
        if (err instanceof TabAuthError) throw new TabRefusal(err.status, err.reason, err.detail);
        throw err;
      }
      const person = await ctx.store.people.findByAad(identity.tenantId, identity.aadObjectId);
      if (!person) throw new TabRefusal(403, 'not_met', 'no person with this oid in this tenant');
      return { actor: { personId: person.id, tenantId: person.tenantId }, signIn: 'teams' };
    },
  };
}

const DEV_TOKEN_TTL_MS = 8 * 60 * 60 * 1000;
const devPath = (personId: string) => `/tab/development-sign-in/${personId}`;

/**
 * Local mode (no Microsoft app, listening on 127.0.0.1 only): `Authorization: Development
 * <person>.<exp>.<sig>`, signed with the signing secret. The tab says plainly that this is not
 * Microsoft sign-in; production never registers it.
 */
export function developmentSessions(ctx: ServiceContext, signer: UrlSigner): TabSessions {
  return {
    async authenticate(req) {
      const match = /^Development ([\w-]{1,64})\.(\d{1,12})\.([\w-]{43})$/.exec(req.headers.authorization?.trim() ?? '');
      if (!match) throw new TabRefusal(401, req.headers.authorization ? 'malformed_token' : 'missing_token');
      const [, personId, exp, sig] = match as unknown as [string, string, string, string];
      const verdict = signer.verify(devPath(personId), exp, sig);
      if (verdict !== 'ok') throw new TabRefusal(401, verdict === 'expired' ? 'expired' : 'bad_signature');
      const person = await ctx.store.people.get(personId);
      if (!person) throw new TabRefusal(403, 'not_met');
      return { actor: { personId: person.id, tenantId: person.tenantId }, signIn: 'development' };
    },
    async developmentToken(personId) {
      if (!(await ctx.store.people.get(personId))) return null;
      const signed = new URL(signer.sign(devPath(personId), DEV_TOKEN_TTL_MS));
      return `${personId}.${signed.searchParams.get('exp')}.${signed.searchParams.get('sig')}`;
    },
  };
}
