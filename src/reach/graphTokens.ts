import {
  ConfidentialClientApplication,
  LogLevel,
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
} from '@azure/msal-node';
import type { GraphSettings } from '../config';
import type { Logger } from '../logger';
import { ReachFailure } from '../services/reach/ports';
import { tokenFailureHint } from '../teams/tokenFailureHint';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const TOKEN_TIMEOUT_MS = 20_000;
/** Entra's answers that mean "this tenant has not consented to the app" (or never added it): the admin must act. */
const CONSENT_CODES = new Set(['AADSTS700016', 'AADSTS7000229', 'AADSTS65001', 'AADSTS500011', 'AADSTS650052']);

/**
 * Application tokens for Microsoft Graph, one msal client per customer tenant (msal caches each
 * token until shortly before it expires). Requests go through `fetchImpl`, so tests can trust a
 * local fake's CA; in production it is the global fetch.
 */
export class GraphTokens {
  private readonly clients = new Map<string, ConfidentialClientApplication>();

  constructor(
    private readonly settings: Pick<GraphSettings, 'loginUrl' | 'clientId' | 'clientSecret'>,
    private readonly log: Pick<Logger, 'warn' | 'error'>,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async token(tenantId: string): Promise<string> {
    const client = this.clientFor(tenantId);
    try {
      const result = await client.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
      if (!result?.accessToken) throw new Error('the login endpoint returned no access token');
      return result.accessToken;
    } catch (err) {
      const { code, hint } = tokenFailureHint(err, `${this.settings.loginUrl}/${tenantId}`);
      this.log.error({ event: 'graph.token_failed', tenantId, code, hint }, `cannot get a Graph token for the tenant: ${hint}`);
      if (code && CONSENT_CODES.has(code)) throw new ReachFailure(403, code, `the tenant has not consented to the app (${code})`);
      if (/^AADSTS/.test(code ?? '')) throw new ReachFailure(400, code, `the token request was refused (${code}): ${hint}`);
      throw new ReachFailure(null, code ?? 'TokenFailed', `no Graph token: ${hint}`);
    }
  }

  private clientFor(tenantId: string): ConfidentialClientApplication {
    let client = this.clients.get(tenantId);
    if (client) return client;
    const login = new URL(this.settings.loginUrl);
    client = new ConfidentialClientApplication({
      auth: {
        clientId: this.settings.clientId,
        clientSecret: this.settings.clientSecret,
        authority: `${login.origin}${login.pathname.replace(/\/+$/, '')}/${tenantId}`,
        // Another login host than Entra's (a sovereign cloud, a local fake) is read from its own metadata.
        ...(login.host === 'login.microsoftonline.com' ? {} : { knownAuthorities: [login.host] }),
      },
      system: {
        networkClient: fetchNetwork(this.fetchImpl),
        loggerOptions: {
          logLevel: LogLevel.Error,
          piiLoggingEnabled: false,
          loggerCallback: (_level, message) => this.log.warn({ event: 'graph.msal' }, message),
        },
      },
    });
    this.clients.set(tenantId, client);
    return client;
  }
}

/** msal's network port over fetch (with a timeout: msal sets none). */
function fetchNetwork(fetchImpl: typeof fetch): INetworkModule {
  const call = async <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> => {
    const response = await fetchImpl(url, {
      method,
      headers: options?.headers,
      body: options?.body,
      signal: AbortSignal.timeout(TOKEN_TIMEOUT_MS),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    const text = await response.text();
    return { status: response.status, headers, body: (text ? JSON.parse(text) : {}) as T };
  };
  return {
    sendGetRequestAsync: (url, options) => call('GET', url, options),
    sendPostRequestAsync: (url, options) => call('POST', url, options),
  };
}
