import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { FakeMicrosoft } from './fakeMicrosoft';

/**
 * The fake's contract for the issues that build on it: a Graph token by client credentials and a
 * fake Graph API behind it (proactive installation), and Entra-signed SSO tokens a tab verifies
 * with jose against the tenant's published keys. Talks https with ordinary certificate checks,
 * trusting only the fake's CA.
 */
const TENANT = 'a1b2c3d4-0000-4000-8000-000000000001';
const APP = {
  appId: 'e5f6a7b8-0000-4000-8000-000000000002',
  secret: 'graph-secret',
  tenantId: TENANT,
  roles: ['TeamsAppInstallation.ReadWriteForUser.All'],
};
let ms: FakeMicrosoft;
let ca: Buffer;

beforeAll(async () => {
  ms = await FakeMicrosoft.start();
  ms.registerApp(APP);
  ca = readFileSync(ms.caFile);
});
afterAll(async () => ms.stop());

function call(
  url: string,
  opts: { method?: string; form?: Record<string, string>; authorization?: string } = {},
): Promise<{ status: number; body: any }> {
  const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: opts.method ?? 'GET',
        ca,
        headers: {
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...(opts.authorization ? { authorization: opts.authorization } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const clientCredentials = (scope: string, secret = APP.secret) =>
  call(`${ms.tenant(TENANT).authority}/oauth2/v2.0/token`, {
    method: 'POST',
    form: { grant_type: 'client_credentials', client_id: APP.appId, client_secret: secret, scope },
  });

describe('FakeMicrosoft', () => {
  it('issues a Graph token by client credentials, with the app roles, that a fake Graph API can check', async () => {
    const token = await clientCredentials('https://graph.microsoft.com/.default');
    expect(token).toMatchObject({ status: 200, body: { token_type: 'Bearer', expires_in: 3599 } });
    const claims = await ms.verifyAccessToken(`Bearer ${token.body.access_token}`, {
      audience: 'https://graph.microsoft.com',
      appId: APP.appId,
    });
    expect(claims).toMatchObject({ tid: TENANT, appid: APP.appId, roles: APP.roles, idtyp: 'app' });

    const seen: unknown[] = [];
    ms.mount('/graph', (_req, res, ctx) => {
      seen.push(ctx.bearer?.aud ?? null);
      res.writeHead(ctx.bearer ? 201 : 401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ path: ctx.url.pathname }));
    });
    const installed = await call(`${ms.url}/graph/v1.0/users/u1/teamwork/installedApps`, {
      method: 'POST',
      authorization: `Bearer ${token.body.access_token}`,
    });
    const anonymous = await call(`${ms.url}/graph/v1.0/users/u1/teamwork/installedApps`, { method: 'POST' });
    expect([installed.status, anonymous.status]).toEqual([201, 401]);
    expect(seen).toEqual(['https://graph.microsoft.com', null]);
  });

  it.each([
    ['a wrong secret', { secret: 'nope' }, 401, 'invalid_client', 7000215],
    ['a scope without /.default', { scope: 'https://graph.microsoft.com/User.Read' }, 400, 'invalid_scope', 1002012],
  ])('refuses %s the way Entra does', async (_name, change: { secret?: string; scope?: string }, status, error, code) => {
    const answer = await clientCredentials(change.scope ?? 'https://graph.microsoft.com/.default', change.secret);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject({ error, error_codes: [code] });
    expect(answer.body.error_description).toMatch(new RegExp(`^AADSTS${code}: `));
    expect(ms.tokenRequests.at(-1)?.outcome).toBe(`AADSTS${code}`);
  });

  it("signs a tenant's SSO token that jose verifies with the tenant's published key set", async () => {
    const tenant = ms.tenant(TENANT);
    const metadata = await call(tenant.openIdConfigurationUrl);
    expect(metadata.body).toMatchObject({
      issuer: tenant.issuer,
      jwks_uri: tenant.jwksUri,
      token_endpoint: `${tenant.authority}/oauth2/v2.0/token`,
    });
    const jwks = (await call(metadata.body.jwks_uri)).body as JSONWebKeySet;
    const sso = await ms.signEntraToken(TENANT, {
      aud: `api://bot.example.com/${APP.appId}`,
      oid: 'user-oid',
      scp: 'access_as_user',
      name: 'Anna',
    });
    const { payload } = await jwtVerify(sso, createLocalJWKSet(jwks), {
      issuer: tenant.issuer,
      audience: `api://bot.example.com/${APP.appId}`,
    });
    expect(payload).toMatchObject({ tid: TENANT, oid: 'user-oid', ver: '2.0' });
    // The common endpoint serves every tenant's keys, as login.microsoftonline.com/common does.
    const other = await ms.signEntraToken('b0000000-0000-4000-8000-000000000003', { aud: 'x' });
    const common = (await call(`${ms.url}/common/discovery/v2.0/keys`)).body as JSONWebKeySet;
    await expect(jwtVerify(other, createLocalJWKSet(common))).resolves.toBeDefined();
    await expect(jwtVerify(other, createLocalJWKSet(jwks))).rejects.toThrow();
  });
});
