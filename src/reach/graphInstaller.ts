import type { GraphSettings } from '../config';
import type { Logger } from '../logger';
import { ReachFailure, type DirectoryUser, type TeamsInstaller } from '../services/reach/ports';
import type { GraphTokens } from './graphTokens';

const CALL_TIMEOUT_MS = 15_000;

/**
 * Installs the bot's Teams app for a user through Microsoft Graph (application permissions), the
 * way Microsoft documents proactive installation: find the user, POST their installedApps (409:
 * already there), then read the installation's chat, whose id the bot can post to.
 */
export class GraphTeamsInstaller implements TeamsInstaller {
  /** The app's catalog id differs per organisation: looked up once per tenant unless configured. */
  private readonly catalogIds = new Map<string, string>();

  constructor(
    private readonly settings: Pick<GraphSettings, 'baseUrl' | 'catalogAppId' | 'externalAppId'>,
    private readonly tokens: Pick<GraphTokens, 'token'>,
    private readonly log: Pick<Logger, 'info' | 'warn'>,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async findUser(tenantId: string, email: string): Promise<DirectoryUser | null> {
    const address = odataString(email.trim().toLowerCase());
    const filter = `mail eq ${address} or userPrincipalName eq ${address} or otherMails/any(m:m eq ${address})`;
    // otherMails/any with `or` is an advanced query: it needs $count and ConsistencyLevel: eventual.
    const query = new URLSearchParams({ $filter: filter, $select: 'id,displayName,mail,userPrincipalName', $count: 'true' });
    const found = await this.call<{ value: DirectoryUser[] }>(tenantId, 'GET', `/users?${query}`, undefined, {
      consistencylevel: 'eventual',
    });
    return found.body?.value?.[0] ?? null;
  }

  async install(tenantId: string, userId: string): Promise<{ alreadyInstalled: boolean; chatId: string | null }> {
    const catalogId = await this.catalogId(tenantId);
    const user = encodeURIComponent(userId);
    const created = await this.call(
      tenantId,
      'POST',
      `/users/${user}/teamwork/installedApps`,
      { 'teamsApp@odata.bind': `${this.settings.baseUrl}/appCatalogs/teamsApps/${catalogId}` },
      {},
      [409],
    );
    const filter = new URLSearchParams({ $expand: 'teamsApp', $filter: `teamsApp/id eq ${odataString(catalogId)}` });
    const installed = await this.call<{ value: { id: string }[] }>(tenantId, 'GET', `/users/${user}/teamwork/installedApps?${filter}`);
    const installationId = installed.body?.value?.[0]?.id;
    if (!installationId) return { alreadyInstalled: created.status === 409, chatId: null };
    const chat = await this.call<{ id?: string }>(
      tenantId,
      'GET',
      `/users/${user}/teamwork/installedApps/${encodeURIComponent(installationId)}/chat`,
    );
    return { alreadyInstalled: created.status === 409, chatId: chat.body?.id ?? null };
  }

  private async catalogId(tenantId: string): Promise<string> {
    const known = this.settings.catalogAppId ?? this.catalogIds.get(tenantId);
    if (known) return known;
    const query = new URLSearchParams({ $filter: `externalId eq ${odataString(this.settings.externalAppId)}`, $select: 'id' });
    const found = await this.call<{ value: { id: string }[] }>(tenantId, 'GET', `/appCatalogs/teamsApps?${query}`);
    const id = found.body?.value?.[0]?.id;
    // Not in the organisation's catalog (sideloaded, or not published yet): only the admin can fix it.
    if (!id) throw new ReachFailure(403, 'AppNotInCatalog', "the Teams app is not published to the organisation's app catalog");
    this.catalogIds.set(tenantId, id);
    return id;
  }

  private async call<T = unknown>(
    tenantId: string,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    accepted: number[] = [],
  ): Promise<{ status: number; body: T | null }> {
    const token = await this.tokens.token(tenantId);
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.settings.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...headers,
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
    } catch (err) {
      throw new ReachFailure(
        null,
        (err as { cause?: { code?: string } }).cause?.code ?? 'NetworkError',
        `Graph did not answer ${method} ${routeOf(path)}`,
      );
    }
    const text = await response.text();
    const parsed = text ? safeJson(text) : null;
    if (response.ok || accepted.includes(response.status)) return { status: response.status, body: parsed as T | null };
    const code = (parsed as { error?: { code?: string } } | null)?.error?.code ?? null;
    const retryAfter = Number(response.headers.get('retry-after'));
    // The route without ids or the address: the operator sees what failed, never whom it was about.
    this.log.warn(
      { event: 'graph.call_failed', tenantId, route: `${method} ${routeOf(path)}`, status: response.status, code },
      'a Graph call failed',
    );
    throw new ReachFailure(
      response.status,
      code,
      `Graph answered ${response.status} to ${method} ${routeOf(path)}`,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
    );
  }
}

/** An OData string literal: single quotes doubled. */
const odataString = (value: string) => `'${value.replace(/'/g, "''")}'`;

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** `/users/{id}/teamwork/installedApps` for logs: ids and queries left out. */
export function routeOf(path: string): string {
  return path
    .split('?')[0]!
    .split('/')
    .map((segment, i, all) => (i > 0 && ['users', 'installedApps', 'teamsApps'].includes(all[i - 1]!) ? '{id}' : segment))
    .join('/');
}
