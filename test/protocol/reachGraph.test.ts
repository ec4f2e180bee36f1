import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardOf, TENANT } from '../support/botHarness';
import { FakeGraph } from '../support/fakeGraph';
import { FakeMicrosoft } from '../support/fakeMicrosoft';
import { fetchTrusting } from '../support/tabStack';
import { cardProblems } from '../support/validateCard';
import { invokeCard } from './checkoutHelpers';
import {
  callsTo,
  cardWith,
  expectNoFullId,
  FULL_ID_ANNA,
  FULL_ID_BO,
  json,
  outboxSettled,
  placeOrderFor,
  shownId,
  startCast,
  until,
  type Cast,
} from './lifecycleHelpers';

const GRAPH_APP = '0b6f1a7e-3c2d-4e5f-8a9b-1c2d3e4f5a6b';
const GRAPH_SECRET = 'graph-client-secret~fake';
const ALL_ROLES = ['User.Read.All', 'TeamsAppInstallation.ReadWriteSelfForUser.All', 'AppCatalog.Read.All'];

let ms: FakeMicrosoft;
let graph: FakeGraph;
let cast: Cast;

async function start(roles = ALL_ROLES, env: Record<string, string> = {}): Promise<void> {
  ms.registerApp({ appId: GRAPH_APP, secret: GRAPH_SECRET, tenantId: TENANT, roles });
  cast = await startCast(
    {
      GRAPH_CLIENT_ID: GRAPH_APP,
      GRAPH_CLIENT_SECRET: GRAPH_SECRET,
      GRAPH_BASE_URL: `${ms.url}/graph/v1.0`,
      MICROSOFT_LOGIN_URL: ms.url,
      ...env,
    },
    { app: { fetchGraph: fetchTrusting(ms.caFile) } },
  );
}

beforeEach(async () => {
  ms = await FakeMicrosoft.start();
  graph = new FakeGraph(ms);
  graph.publish(GRAPH_APP);
});
afterEach(async () => {
  await cast?.harness.stop();
  await ms.stop();
});

const approveOrder = async (orderId: string) => {
  const review = await cardWith(cast.harness, cast.rita, 'Review order');
  await cast.rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
};
const reachRows = (itemId?: string) =>
  cast.harness.query<{ item_id: string; channel: string; status: string; detail: string | null }>(
    `SELECT item_id, channel, status, detail FROM approval_reach${itemId ? ` WHERE item_id = '${itemId}'` : ''} ORDER BY channel`,
  );

describe('reaching a cardholder the bot never met: the app installed through Graph', () => {
  it('found -> installed -> the approval card arrives in the chat Graph names; they decide there; the conversationUpdate that follows changes nothing', async () => {
    await start();
    const { harness, olle, bo } = cast;
    await cast.anna.say('hi');
    const boUser = graph.addUser({
      id: bo.aadObjectId,
      displayName: 'Bo Ek',
      mail: 'bo.ek@contoso.example',
      userPrincipalName: 'bo.ek@contoso.example',
    });
    graph.fail('users', 503, 1); // Graph's own hiccup: the outbox retries
    const { orderId } = await placeOrderFor(cast);
    await approveOrder(orderId);
    await cardWith(harness, cast.anna, 'Check your ID06 card');

    // Rescheduled by the outbox (after Graph's 503), then due once the clock moves on.
    await until(harness, async () =>
      (await harness.app.store.outbox.list({ status: 'pending' })).some(
        (m) => m.payload.kind === 'reach.install' && m.attempts === 1 && !!m.lastError,
      ),
    );
    cast.time.advance(60_000);
    harness.app.outbox.kick();
    await until(harness, () => graph.installations.has(boUser.id), 'the app installed for Bo');
    const chatId = graph.installations.get(boUser.id)!.chatId;
    await until(
      harness,
      () => harness.connector.calls.some((c) => c.conversationId === chatId && json(cardOf(c)).includes('Check your ID06 card')),
      "Bo's card in the installed chat",
    );
    const call = harness.connector.calls.find((c) => c.conversationId === chatId)!;
    const card = cardOf(call);
    expect(json(card)).toContain(shownId(FULL_ID_BO));
    expect(cardProblems(card)).toEqual([]);
    expect(graph.calls.map((c) => `${c.route} ${c.status}`)).toEqual([
      'users 503',
      'users 200',
      'catalog 200',
      'install 201',
      'installed 200',
      'chat 200',
    ]);
    // One token for Graph, in the order's tenant, for the Graph app registration.
    expect(ms.tokenRequests.filter((r) => r.outcome === 'issued')).toEqual([
      expect.objectContaining({ tenantId: TENANT, clientId: GRAPH_APP, scope: 'https://graph.microsoft.com/.default' }),
    ]);
    expect((await reachRows()).map((r) => [r.channel, r.status])).toEqual([['teams', 'sent']]);

    // Teams tells the bot about the installation: no second card.
    await bo.post(bo.activity({ type: 'conversationUpdate', membersAdded: [{ id: bo.userId, aadObjectId: bo.aadObjectId }] }));
    const approve = card.actions.find((a: any) => a.data.decision === 'approve').data;
    expect(json(invokeCard(await bo.click('approval.decide', approve, call.activityId)))).toContain('You approved your card details');
    await outboxSettled(harness);
    expect(
      harness.connector.calls.filter(
        (c) => c.kind === 'send' && json(c.body).includes('Check your ID06 card') && json(c.body).includes('Bo Ek'),
      ),
    ).toHaveLength(1);
    expect((await harness.app.store.orders.items(orderId)).map((i) => i.status)).toEqual(['awaiting_cardholder', 'approved']);
    const audit = await harness.app.store.audit.list({ type: 'item', id: (await harness.app.store.orders.items(orderId))[1]!.id });
    expect(audit.find((e) => e.what === 'item.cardholder_bound')?.details).toMatchObject({ via: 'graph_install' });
    // The orderer was never told Bo "has not used the bot": he was reached.
    expect(callsTo(harness, olle).some((c) => json(c.body).includes('has not used the ID06 bot'))).toBe(false);
    for (const text of [harness.logs.text, json(ms.requests)]) {
      expectNoFullId(text, FULL_ID_BO);
      expect(text).not.toContain('bo.ek@contoso.example');
    }
  });

  it('already installed (409): the chat is read and the card delivered', async () => {
    await start();
    const { harness, bo } = cast;
    await cast.anna.say('hi');
    const boUser = graph.addUser({ id: bo.aadObjectId, displayName: 'Bo Ek', mail: null, userPrincipalName: 'BO.EK@contoso.example' });
    graph.installations.set(boUser.id, { id: 'installation-1', appId: graph.catalog[0]!.id, chatId: '19:bo-existing@unq.gbl.spaces' });
    const { orderId } = await placeOrderFor(cast);
    await approveOrder(orderId);
    await until(harness, () =>
      harness.connector.calls.some(
        (c) => c.conversationId === '19:bo-existing@unq.gbl.spaces' && json(cardOf(c)).includes('Check your ID06 card'),
      ),
    );
    expect(graph.calls.map((c) => `${c.route} ${c.status}`)).toEqual([
      'users 200',
      'catalog 200',
      'install 409',
      'installed 200',
      'chat 200',
    ]);
  });

  it('403 (no consent): the company admin is told once, exactly what to grant; the cardholders go the e-mail way, which is off, and the orderer hears why', async () => {
    await start(['User.Read.All', 'AppCatalog.Read.All']);
    const { harness, olle, maja } = cast;
    graph.addUser({ displayName: 'Anna Berg', mail: 'anna.berg@contoso.example', userPrincipalName: 'anna.berg@contoso.example' });
    graph.addUser({ displayName: 'Bo Ek', mail: 'bo.ek@contoso.example', userPrincipalName: 'bo.ek@contoso.example' });
    const { orderId } = await placeOrderFor(cast);
    const order = (await harness.app.store.orders.get(orderId))!;
    await harness.app.store.companies.grant(
      order.companyId,
      (await harness.app.store.people.findByEmail('maja@contoso.example'))[0]!.id,
      'admin',
    );
    await approveOrder(orderId);

    await until(
      harness,
      () => callsTo(harness, olle).filter((c) => json(c.body).includes('We could not reach')).length === 2,
      'the orderer told about both',
    );
    const notices = callsTo(harness, olle)
      .filter((c) => json(c.body).includes('We could not reach'))
      .map((c) => json(cardOf(c)));
    for (const notice of notices) {
      expect(notice).toContain('an administrator of your organisation consents');
      expect(notice).toContain('approval by e-mail is off');
    }
    await outboxSettled(harness);
    const consent = callsTo(harness, maja).filter((c) => String(c.body.text ?? '').includes('needs an administrator'));
    expect(consent).toHaveLength(1);
    const text = String(consent[0]!.body.text);
    for (const permission of ['TeamsAppInstallation.ReadWriteSelfForUser.All', 'User.Read.All', 'AppCatalog.Read.All', GRAPH_APP])
      expect(text).toContain(permission);
    expect(text).toContain(`${ms.url}/${TENANT}/adminconsent?client_id=${GRAPH_APP}`);
    expect(text).toContain("organisation's app catalog");
    // Every admin once (the demo company's first orderer is one too), however many cardholders failed.
    const admins = (await harness.app.store.members.members(order.companyId)).filter((m) => m.role === 'admin');
    expect(harness.connector.calls.filter((c) => String(c.body?.text ?? '').includes('needs an administrator'))).toHaveLength(
      admins.length,
    );
    expect((await reachRows()).map((r) => [r.channel, r.status, r.detail])).toEqual([
      ['email', 'off', 'no_smtp'],
      ['email', 'off', 'no_smtp'],
      ['teams', 'failed', 'consent'],
      ['teams', 'failed', 'consent'],
    ]);
    expect(graph.installations.size).toBe(0);
    expect((await harness.app.store.orders.items(orderId)).map((i) => i.status)).toEqual(['awaiting_cardholder', 'awaiting_cardholder']);
    expectNoFullId(harness.logs.text, FULL_ID_ANNA);
  });

  it('no consent at all (the token endpoint refuses the tenant): the same notice, once', async () => {
    await start();
    const { harness, olle } = cast;
    ms.tokenFailures.push({
      status: 400,
      error: 'unauthorized_client',
      code: 700016,
      description: "Application with identifier was not found in the directory 'contoso'.",
    });
    const { orderId } = await placeOrderFor(cast);
    await approveOrder(orderId);
    await until(
      harness,
      () => callsTo(harness, olle).some((c) => String(c.body.text ?? '').includes('needs an administrator')),
      'the orderer (no admin) told to consent',
    );
    await outboxSettled(harness);
    expect(callsTo(harness, olle).filter((c) => String(c.body.text ?? '').includes('needs an administrator'))).toHaveLength(1);
    expect(harness.logs.text).toContain('"event":"graph.token_failed"');
  });
});
