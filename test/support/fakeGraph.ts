import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { FakeMicrosoft, MountContext } from './fakeMicrosoft';

export interface GraphUser {
  id: string;
  displayName: string;
  mail: string | null;
  userPrincipalName: string;
  otherMails?: string[];
}

/** What the handlers check a token's roles against (application permissions). */
const NEEDS: Record<string, string> = {
  users: 'User.Read.All',
  installedApps: 'TeamsAppInstallation.ReadWriteSelfForUser.All',
  appCatalogs: 'AppCatalog.Read.All',
};

/**
 * Microsoft Graph v1.0 as far as proactive installation goes, mounted on FakeMicrosoft under
 * `/graph/v1.0` (GRAPH_BASE_URL=`${ms.url}/graph/v1.0`). Tokens must be the fake's own, for
 * Graph, with the application permission each route needs (else 401/403 as Graph answers).
 *
 *   GET  /users?$filter=mail eq '…' or userPrincipalName eq '…' or otherMails/any(m:m eq '…')   (needs ConsistencyLevel: eventual + $count)
 *   GET  /appCatalogs/teamsApps?$filter=externalId eq '…'
 *   POST /users/{id}/teamwork/installedApps    201, or 409 when installed
 *   GET  /users/{id}/teamwork/installedApps?$expand=teamsApp&$filter=teamsApp/id eq '…'
 *   GET  /users/{id}/teamwork/installedApps/{installation}/chat
 *   graph.fail(route, status, retryAfter?)    the next call of that route (`users`, `install`, `chat`, `catalog`) fails
 */
export class FakeGraph {
  readonly users: GraphUser[] = [];
  readonly catalog: { id: string; externalId: string }[] = [];
  /** userId -> installation of the catalog app. */
  readonly installations = new Map<string, { id: string; appId: string; chatId: string }>();
  readonly calls: { route: string; status: number }[] = [];
  private readonly failures: { route: string; status: number; retryAfter?: number }[] = [];

  constructor(ms: FakeMicrosoft) {
    ms.mount('/graph', (req, res, ctx) => this.handle(req, res, ctx));
  }

  addUser(user: Omit<GraphUser, 'id'> & { id?: string }): GraphUser {
    const full = { id: user.id ?? randomUUID(), ...user };
    this.users.push(full);
    return full;
  }

  publish(externalId: string): string {
    const id = randomUUID();
    this.catalog.push({ id, externalId });
    return id;
  }

  fail(route: 'users' | 'install' | 'chat' | 'catalog', status: number, retryAfter?: number): void {
    this.failures.push({ route, status, ...(retryAfter !== undefined ? { retryAfter } : {}) });
  }

  private handle(req: IncomingMessage, res: ServerResponse, { url, body, bearer }: MountContext): void {
    const parts = url.pathname
      .replace(/^\/graph\/v1\.0\/?/, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent);
    const route =
      parts[0] === 'appCatalogs'
        ? 'catalog'
        : parts.length === 1
          ? 'users'
          : parts[5] === 'chat'
            ? 'chat'
            : req.method === 'POST'
              ? 'install'
              : 'installed';
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      this.calls.push({ route, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    const error = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
      send(status, { error: { code, message } }, headers);

    if (!bearer || bearer.aud !== 'https://graph.microsoft.com')
      return error(401, 'InvalidAuthenticationToken', 'Access token validation failure.');
    const needed = NEEDS[parts[0] === 'users' && parts.length > 1 ? 'installedApps' : parts[0]!];
    if (needed && !(bearer.roles as string[] | undefined)?.includes(needed))
      return error(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    const failure = this.failures.findIndex((f) => f.route === route);
    if (failure >= 0) {
      const { status, retryAfter } = this.failures.splice(failure, 1)[0]!;
      return error(
        status,
        status === 429 ? 'TooManyRequests' : 'scripted',
        'scripted failure',
        retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {},
      );
    }
    const filter = url.searchParams.get('$filter') ?? '';
    const quoted = [...filter.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));

    if (route === 'catalog')
      return send(200, { value: this.catalog.filter((a) => quoted.includes(a.externalId)).map((a) => ({ id: a.id })) });
    if (route === 'users') {
      if (filter.includes('otherMails/any') && (req.headers.consistencylevel !== 'eventual' || url.searchParams.get('$count') !== 'true')) {
        return error(400, 'Request_UnsupportedQuery', 'Unsupported Query.');
      }
      const address = quoted[0]?.toLowerCase() ?? '';
      const found = this.users.filter(
        (u) =>
          u.mail?.toLowerCase() === address ||
          u.userPrincipalName.toLowerCase() === address ||
          (u.otherMails ?? []).some((m) => m.toLowerCase() === address),
      );
      return send(200, { value: found.map(({ otherMails: _o, ...u }) => u) });
    }
    const user = this.users.find((u) => u.id === parts[1]);
    if (!user) return error(404, 'Request_ResourceNotFound', `Resource '${parts[1]}' does not exist.`);
    const installed = this.installations.get(user.id);
    if (route === 'install') {
      const bind = String((JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>)['teamsApp@odata.bind'] ?? '');
      const appId = bind.split('/').at(-1) ?? '';
      if (!this.catalog.some((a) => a.id === appId)) return error(404, 'NotFound', 'The app was not found in the catalog.');
      if (installed) return error(409, 'Conflict', 'App is already installed.');
      this.installations.set(user.id, { id: randomUUID(), appId, chatId: `19:${user.id}_${randomUUID()}@unq.gbl.spaces` });
      return send(201, {});
    }
    if (route === 'installed') return send(200, { value: installed && quoted.includes(installed.appId) ? [{ id: installed.id }] : [] });
    if (!installed || installed.id !== parts[4]) return error(404, 'NotFound', 'No such installation.');
    return send(200, { id: installed.chatId, chatType: 'oneOnOne' });
  }
}
