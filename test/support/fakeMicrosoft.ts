/**
 * FakeMicrosoft: the Microsoft identity services a Teams bot talks to, offline, on one https
 * origin (https://127.0.0.1:<port>) with a throwaway CA. The one set of Microsoft fakes for every
 * test; the Teams connector itself is FakeConnector (test/support/fakeConnector.ts).
 *
 *   const ms = await FakeMicrosoft.start();       // ms.url, ms.caFile (for NODE_EXTRA_CA_CERTS)
 *   ms.registerApp({ appId, secret, tenantId });  // an Entra app registration (client secret)
 *   spawnBot({ ...ms.botEnv(), ... })             // ToBotFromChannelOpenIdMetadataUrl, ToChannelFromBotLoginUrl, NODE_EXTRA_CA_CERTS
 *
 * Bot Framework channel (as login.botframework.com):
 *   ms.channel.openIdMetadataUrl / .issuer / .keys  the channel's OpenID configuration and key set
 *   ms.addChannelKey({ endorsements, publish })     another key (e.g. endorsed for webchat only, or unpublished)
 *   await ms.channelToken({ aud: appId, serviceurl }, { key, kid, issuedAt, lifetimeSec })  a token as Teams sends it
 *
 * Entra ID (as login.microsoftonline.com), per tenant, created on first use:
 *   ms.tenant(tid) -> { authority, issuer, openIdConfigurationUrl, jwksUri, key }
 *   await ms.signEntraToken(tid, claims, opts)    e.g. a Teams SSO token of the tab (iss/tid filled in)
 *   GET  {authority}/v2.0/.well-known/openid-configuration, {authority}/discovery/v2.0/keys, /common/discovery/v2.0/keys
 *   POST {authority}/oauth2/v2.0/token           client credentials for any `<resource>/.default` scope
 *     (Bot Framework: https://api.botframework.com/.default; Graph: https://graph.microsoft.com/.default);
 *     the access token has aud=<resource>, appid/azp=client id, tid, roles=app.roles, signed by the tenant key
 *   ms.tokenRequests, ms.issuedTokens, ms.tokenFailures (scripted: { status, error, description })
 *   await ms.verifyAccessToken('Bearer …', { audience, appId })  claims, or null unless this fake issued it (and it is valid)
 *
 * Other Microsoft APIs plug in under a path prefix:
 *   ms.mount('/graph', (req, res, ctx) => ...)    ctx: { url, body, bearer } (e.g. GRAPH_BASE_URL=${ms.url}/graph/v1.0)
 *   ms.requests                                   every request (method, path, status), to prove nothing else was asked
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { createSigningKey, signJwt, type SigningKey, type SignOptions } from './signingKeys';
import { throwawayTls } from './throwawayTls';
import { tempDir } from './tmp';
import { entraError, tokenEndpoint, type AppRegistration, type TokenFailure, type TokenRequest } from './fakeTokenEndpoint';

export type { AppRegistration, TokenFailure, TokenRequest };

/** The public Bot Framework channel's token issuer (tokens keep it; only URLs point at the fake). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface EntraTenant {
  tenantId: string;
  /** What msal calls the authority; ToChannelFromBotLoginUrl is `${ms.url}/botframework.com`. */
  authority: string;
  issuer: string;
  openIdConfigurationUrl: string;
  jwksUri: string;
  key: SigningKey;
}

export interface MountContext {
  url: URL;
  body: Buffer;
  /** The verified claims of the request's bearer token if this fake issued it, else null. */
  bearer: JWTPayload | null;
}
export type MountHandler = (req: IncomingMessage, res: ServerResponse, ctx: MountContext) => void | Promise<void>;

export class FakeMicrosoft {
  readonly requests: { method: string; path: string; status: number }[] = [];
  readonly apps: AppRegistration[] = [];
  readonly tokenRequests: TokenRequest[] = [];
  readonly issuedTokens: string[] = [];
  readonly tokenFailures: TokenFailure[] = [];
  readonly channel: { openIdMetadataUrl: string; jwksUri: string; issuer: string; keys: SigningKey[] };
  private readonly tenants = new Map<string, EntraTenant>();
  private readonly mounts: [string, MountHandler][] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly caFile: string,
    private readonly cleanup: () => void,
    channelKey: SigningKey,
  ) {
    this.channel = {
      openIdMetadataUrl: `${url}/botframework/v1/.well-known/openidconfiguration`,
      jwksUri: `${url}/botframework/v1/.well-known/keys`,
      issuer: CHANNEL_ISSUER,
      keys: [channelKey],
    };
  }

  static async start(): Promise<FakeMicrosoft> {
    const dir = tempDir('id06-fake-ms-');
    const tls = throwawayTls(dir.file('ca.pem'));
    // Teams' real keys are endorsed for several channels; msteams is the one that matters here.
    const channelKey = createSigningKey({ endorsements: ['msteams', 'webchat', 'skype'] });
    // eslint-disable-next-line prefer-const -- the handler needs the instance, which needs the server first
    let self: FakeMicrosoft | undefined;
    const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => void self!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    self = new FakeMicrosoft(server, url, tls.caFile, dir.cleanup, channelKey);
    return self;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.cleanup();
  }

  /**
   * The bot's environment for this fake: only URLs change; issuer and scope keep the public cloud's
   * values. Graph and its tokens point here too (nothing is mounted at /graph unless a test does:
   * Graph answers 400 and the bot falls back to e-mail), so a production-mode bot never calls out.
   */
  botEnv(): Record<string, string> {
    return {
      ToBotFromChannelOpenIdMetadataUrl: this.channel.openIdMetadataUrl,
      ToChannelFromBotLoginUrl: `${this.url}/botframework.com`,
      GRAPH_BASE_URL: `${this.url}/graph/v1.0`,
      MICROSOFT_LOGIN_URL: this.url,
      NODE_EXTRA_CA_CERTS: this.caFile,
    };
  }

  registerApp(app: AppRegistration): void {
    this.apps.push(app);
    this.tenant(app.tenantId);
  }

  /** A published channel key (`publish: false`: a key the channel never announced). */
  addChannelKey(opts: { endorsements?: string[]; publish?: boolean } = {}): SigningKey {
    const key = createSigningKey({ endorsements: opts.endorsements ?? ['msteams'] });
    if (opts.publish !== false) this.channel.keys.push(key);
    return key;
  }

  channelToken(claims: JWTPayload & { aud: string; serviceurl: string }, opts: SignOptions & { key?: SigningKey } = {}): Promise<string> {
    return signJwt(opts.key ?? this.channel.keys[0]!, { iss: CHANNEL_ISSUER, ...claims }, opts);
  }

  tenant(tenantId: string): EntraTenant {
    let tenant = this.tenants.get(tenantId);
    if (!tenant) {
      const authority = `${this.url}/${tenantId}`;
      const key = createSigningKey();
      tenant = {
        tenantId,
        authority,
        issuer: `${authority}/v2.0`,
        openIdConfigurationUrl: `${authority}/v2.0/.well-known/openid-configuration`,
        jwksUri: `${authority}/discovery/v2.0/keys`,
        key,
      };
      this.tenants.set(tenantId, tenant);
    }
    return tenant;
  }

  signEntraToken(tenantId: string, claims: JWTPayload, opts: SignOptions = {}): Promise<string> {
    const tenant = this.tenant(tenantId);
    return signJwt(tenant.key, { iss: tenant.issuer, tid: tenantId, ver: '2.0', ...claims }, opts);
  }

  /** Claims of a token this fake issued at a token endpoint, checked like a resource would (signature, issuer, audience). */
  async verifyAccessToken(
    authorization: string | undefined,
    expected: { audience?: string; appId?: string } = {},
  ): Promise<JWTPayload | null> {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!token || !this.issuedTokens.includes(token)) return null;
    const tenant = this.tenants.get(String(decodeJwt(token).tid ?? ''));
    if (!tenant) return null;
    try {
      const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: [tenant.key.jwk] }), {
        issuer: tenant.issuer,
        ...(expected.audience ? { audience: expected.audience } : {}),
      });
      return expected.appId && payload.appid !== expected.appId ? null : payload;
    } catch {
      return null;
    }
  }

  mount(prefix: string, handler: MountHandler): void {
    this.mounts.push([prefix.replace(/\/+$/, ''), handler]);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', this.url);
    res.once('finish', () => this.requests.push({ method: req.method ?? '', path: url.pathname, status: res.statusCode }));
    const json = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(payload));
    };
    const mounted = this.mounts.find(([prefix]) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
    if (mounted) {
      const bearer = await this.verifyAccessToken(req.headers.authorization);
      return mounted[1](req, res, { url, body, bearer });
    }
    if (url.pathname === new URL(this.channel.openIdMetadataUrl).pathname) {
      return json(200, {
        issuer: CHANNEL_ISSUER,
        authorization_endpoint: `${this.url}/botframework/invalid`,
        jwks_uri: this.channel.jwksUri,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (url.pathname === new URL(this.channel.jwksUri).pathname) return json(200, { keys: this.channel.keys.map((k) => k.jwk) });

    const [tenantId, ...rest] = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const route = rest.join('/');
    if (tenantId === 'common' && route === 'discovery/v2.0/keys')
      return json(200, { keys: [...this.tenants.values()].map((t) => t.key.jwk) });
    const tenant = tenantId ? this.tenants.get(tenantId) : undefined;
    if (!tenant) return json(400, entraError('invalid_tenant', 90002, `Tenant '${tenantId}' not found.`));
    if (req.method === 'GET' && route === 'v2.0/.well-known/openid-configuration') return json(200, openIdConfiguration(tenant));
    if (req.method === 'GET' && route === 'discovery/v2.0/keys') return json(200, { keys: [tenant.key.jwk] });
    if (req.method === 'POST' && route === 'oauth2/v2.0/token') {
      const { status, payload } = await tokenEndpoint(this, tenant.tenantId, new URLSearchParams(body.toString('utf8')));
      return json(status, payload);
    }
    return json(404, { error: 'not_found', error_description: `FakeMicrosoft has no ${req.method} ${url.pathname}` });
  }
}

function openIdConfiguration(tenant: EntraTenant): Record<string, unknown> {
  return {
    issuer: tenant.issuer,
    token_endpoint: `${tenant.authority}/oauth2/v2.0/token`,
    authorization_endpoint: `${tenant.authority}/oauth2/v2.0/authorize`,
    jwks_uri: tenant.jwksUri,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    id_token_signing_alg_values_supported: ['RS256'],
    tenant_region_scope: 'EU',
    cloud_instance_name: 'microsoftonline.com',
  };
}
