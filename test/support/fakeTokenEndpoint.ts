import { randomUUID } from 'node:crypto';
import type { JWTPayload } from 'jose';

/** An Entra app registration with a client secret; `roles` are its granted application permissions. */
export interface AppRegistration {
  appId: string;
  secret: string;
  tenantId: string;
  roles?: string[];
}

/** One request at a token endpoint, as the fake saw it (never the secret). */
export interface TokenRequest {
  tenantId: string;
  clientId: string;
  scope: string;
  grantType: string;
  /** `issued`, or the AADSTS code it was refused with. */
  outcome: string;
}

/** A scripted answer for the next token request, e.g. `{ status: 503, error: 'temporarily_unavailable', code: 50076 }`. */
export interface TokenFailure {
  status: number;
  error: string;
  code: number;
  description?: string;
}

export interface TokenIssuer {
  apps: AppRegistration[];
  tokenRequests: TokenRequest[];
  issuedTokens: string[];
  tokenFailures: TokenFailure[];
  signEntraToken(tenantId: string, claims: JWTPayload): Promise<string>;
}

const servicePrincipalIds = new Map<string, string>();

/**
 * POST {authority}/oauth2/v2.0/token with grant_type=client_credentials and a client secret, the
 * way Entra answers it: errors carry Entra's AADSTS codes and wording, so the bot's log hints
 * (src/teams/tokenFailureHint.ts) are checked against what operators really see.
 */
export async function tokenEndpoint(
  issuer: TokenIssuer,
  tenantId: string,
  form: URLSearchParams,
): Promise<{ status: number; payload: unknown }> {
  const clientId = form.get('client_id') ?? '';
  const scope = form.get('scope') ?? '';
  const grantType = form.get('grant_type') ?? '';
  const refuse = (status: number, error: string, code: number, description: string) => {
    issuer.tokenRequests.push({ tenantId, clientId, scope, grantType, outcome: `AADSTS${code}` });
    return { status, payload: entraError(error, code, description) };
  };

  const scripted = issuer.tokenFailures.shift();
  if (scripted) return refuse(scripted.status, scripted.error, scripted.code, scripted.description ?? 'scripted failure');
  if (grantType !== 'client_credentials')
    return refuse(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
  const app = issuer.apps.find((a) => a.appId === clientId && a.tenantId === tenantId);
  if (!app)
    return refuse(
      400,
      'unauthorized_client',
      700016,
      `Application with identifier '${clientId}' was not found in the directory '${tenantId}'.`,
    );
  if (form.get('client_secret') !== app.secret) {
    return refuse(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
    );
  }
  const resource = /^(.+)\/\.default$/.exec(scope.trim())?.[1];
  if (!resource || scope.trim().includes(' ')) {
    return refuse(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
    );
  }

  const servicePrincipal = servicePrincipalIds.get(`${tenantId}/${clientId}`) ?? randomUUID();
  servicePrincipalIds.set(`${tenantId}/${clientId}`, servicePrincipal);
  const accessToken = await issuer.signEntraToken(tenantId, {
    aud: resource,
    appid: clientId,
    azp: clientId,
    idtyp: 'app',
    oid: servicePrincipal,
    sub: servicePrincipal,
    roles: app.roles ?? [],
    uti: randomUUID(),
  });
  issuer.issuedTokens.push(accessToken);
  issuer.tokenRequests.push({ tenantId, clientId, scope, grantType, outcome: 'issued' });
  return { status: 200, payload: { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken } };
}

export function entraError(error: string, code: number, description: string): Record<string, unknown> {
  return {
    error,
    error_description: `AADSTS${code}: ${description}`,
    error_codes: [code],
    timestamp: new Date().toISOString(),
    trace_id: randomUUID(),
    correlation_id: randomUUID(),
  };
}
