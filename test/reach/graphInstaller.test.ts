import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { GraphTeamsInstaller, routeOf } from '../../src/reach/graphInstaller';
import { GraphTokens } from '../../src/reach/graphTokens';
import { ReachFailure } from '../../src/services/reach/ports';
import { TENANT } from '../support/botHarness';
import { FakeGraph } from '../support/fakeGraph';
import { FakeMicrosoft } from '../support/fakeMicrosoft';
import { fetchTrusting } from '../support/tabStack';

const APP = '0b6f1a7e-3c2d-4e5f-8a9b-1c2d3e4f5a6b';

/** The Graph client against the fake Graph and token endpoint (no bot around it). */
describe('GraphTeamsInstaller', () => {
  let ms: FakeMicrosoft;
  let graph: FakeGraph;
  let installer: GraphTeamsInstaller;
  beforeAll(async () => {
    ms = await FakeMicrosoft.start();
    graph = new FakeGraph(ms);
    ms.registerApp({
      appId: APP,
      secret: 's',
      tenantId: TENANT,
      roles: ['User.Read.All', 'TeamsAppInstallation.ReadWriteSelfForUser.All'],
    });
    const fetchImpl = fetchTrusting(ms.caFile);
    const log = createLogger('silent');
    const tokens = new GraphTokens({ loginUrl: ms.url, clientId: APP, clientSecret: 's' }, log, fetchImpl);
    installer = new GraphTeamsInstaller(
      { baseUrl: `${ms.url}/graph/v1.0`, catalogAppId: graph.publish(APP), externalAppId: APP },
      tokens,
      log,
      fetchImpl,
    );
  });
  afterAll(async () => ms.stop());

  it("finds people by mail, UPN or a guest's otherMails, case-insensitively, and an address with an apostrophe", async () => {
    const guest = graph.addUser({
      displayName: 'Gus Guest',
      mail: null,
      userPrincipalName: 'gus_gmail.com#EXT#@contoso.onmicrosoft.com',
      otherMails: ['Gus@gmail.com'],
    });
    const irish = graph.addUser({
      displayName: "Siobhán O'Neil",
      mail: "siobhan.o'neil@contoso.example",
      userPrincipalName: 'soneil@contoso.example',
    });
    expect((await installer.findUser(TENANT, 'gus@GMAIL.com'))?.id).toBe(guest.id);
    expect((await installer.findUser(TENANT, "Siobhan.O'Neil@contoso.example"))?.id).toBe(irish.id);
    expect((await installer.findUser(TENANT, 'SONEIL@contoso.example'))?.id).toBe(irish.id);
    expect(await installer.findUser(TENANT, 'nobody@contoso.example')).toBeNull();
    // One token for all of them (msal's cache).
    expect(ms.tokenRequests.filter((r) => r.outcome === 'issued')).toHaveLength(1);
  });

  it('classifies failures: 429 keeps Retry-After for the outbox, 403 is consent, 404 is no such user', async () => {
    graph.fail('users', 429, 7);
    const throttled = await installer.findUser(TENANT, 'x@contoso.example').catch((e: unknown) => e);
    expect(throttled).toBeInstanceOf(ReachFailure);
    expect(throttled).toMatchObject({ status: 429, code: 'TooManyRequests', retryAfterMs: 7000, kind: 'retry' });
    graph.fail('install', 403);
    const denied = await installer.install(TENANT, graph.users[0]!.id).catch((e: unknown) => e);
    expect(denied).toMatchObject({ status: 403, kind: 'consent' });
    expect(await installer.install(TENANT, 'no-such-user').catch((e: unknown) => (e as ReachFailure).kind)).toBe('not_found');
    expect(new ReachFailure(null, 'ECONNRESET', 'x').kind).toBe('retry');
    expect(new ReachFailure(400, 'BadRequest', 'x').kind).toBe('refused');
  });

  it('logs routes without ids or addresses', () => {
    expect(routeOf("/users?$filter=mail eq 'a@b.c'")).toBe('/users');
    expect(routeOf('/users/1234/teamwork/installedApps/5678/chat')).toBe('/users/{id}/teamwork/installedApps/{id}/chat');
  });
});
