import { afterEach, describe, expect, it } from 'vitest';
import { TENANT } from '../support/botHarness';
import { FakeGraph } from '../support/fakeGraph';
import { FakeMicrosoft } from '../support/fakeMicrosoft';
import { fetchTrusting } from '../support/tabStack';
import { callsTo, cardWith, expectNoFullId, FULL_ID_ANNA, json, outboxSettled, until } from './lifecycleHelpers';
import { linkIn, mailTo, orderApproved, startMailCast, stopMailCast, type MailCast } from './reachHelpers';

let cast: MailCast | undefined;
let ms: FakeMicrosoft | undefined;
afterEach(async () => {
  await stopMailCast(cast);
  await ms?.stop();
  cast = undefined;
  ms = undefined;
});

const GRAPH_APP = '0b6f1a7e-3c2d-4e5f-8a9b-1c2d3e4f5a6b';

describe('reaching a cardholder by e-mail', () => {
  it('not in the directory (404 path): a mail to their own address with a signed link that carries nothing personal; the orderer is told', async () => {
    ms = await FakeMicrosoft.start();
    const graph = new FakeGraph(ms);
    graph.publish(GRAPH_APP);
    ms.registerApp({
      appId: GRAPH_APP,
      secret: 's',
      tenantId: TENANT,
      roles: ['User.Read.All', 'TeamsAppInstallation.ReadWriteSelfForUser.All', 'AppCatalog.Read.All'],
    });
    cast = await startMailCast(
      { GRAPH_CLIENT_ID: GRAPH_APP, GRAPH_CLIENT_SECRET: 's', GRAPH_BASE_URL: `${ms.url}/graph/v1.0`, MICROSOFT_LOGIN_URL: ms.url },
      { app: { fetchGraph: fetchTrusting(ms.caFile) } },
    );
    const { harness, olle } = cast;
    const { number } = await orderApproved(cast);

    const mail = await mailTo(cast, 'anna.berg@contoso.example');
    expect(mail.from).toBe('id06@bygg.example');
    expect(mail.subject).toBe(`Check your ID06 card details (order ${number})`);
    expect(mail.text).toContain('Hello Anna Berg');
    expect(mail.text).toContain('passport or national ID card');
    const link = linkIn(mail);
    expect(link).toMatch(/\/approve\/[A-Za-z0-9_-]{32}\?exp=\d+&sig=[A-Za-z0-9_-]+$/);
    for (const personal of ['anna', 'Anna', 'contoso', FULL_ID_ANNA, '19900101']) expect(link).not.toContain(personal);
    expect(mail.raw).not.toContain(FULL_ID_ANNA);
    await mailTo(cast, 'bo.ek@contoso.example');
    expect(cast.smtp.mails).toHaveLength(2);

    const told = await cardWith(harness, olle, 'Anna Berg has not used the ID06 bot, so we e-mailed a link to Anna.Berg@contoso.example');
    expect(json(told.card)).toContain('Try Teams again');
    expect(graph.calls.filter((c) => c.route === 'users').map((c) => c.status)).toEqual([200, 200]);
    const rows = await harness.query<{ channel: string; status: string; detail: string | null }>(
      'SELECT channel, status, detail FROM approval_reach ORDER BY channel',
    );
    expect(rows.map((r) => `${r.channel}:${r.status}:${r.detail}`)).toEqual([
      'email:sent:not_found',
      'email:sent:not_found',
      'teams:failed:not_found',
      'teams:failed:not_found',
    ]);
    for (const text of [harness.logs.text]) {
      expect(text).not.toContain('anna.berg@contoso.example');
      expect(text).not.toContain(link.split('?')[0]!.split('/').at(-1)!);
      expectNoFullId(text, FULL_ID_ANNA);
    }
  });

  it('the mail server refuses for now (4xx): the outbox retries and the mail arrives once', async () => {
    cast = await startMailCast();
    cast.smtp.refuseNext(451);
    await orderApproved(cast);
    await until(cast.harness, async () =>
      (await cast!.harness.app.store.outbox.list({ status: 'pending' })).some(
        (m) => m.payload.kind === 'reach.mail' && m.attempts === 1 && !!m.lastError,
      ),
    );
    cast.time.advance(120_000);
    cast.harness.app.outbox.kick();
    await mailTo(cast, 'anna.berg@contoso.example');
    await mailTo(cast, 'bo.ek@contoso.example');
    await outboxSettled(cast.harness);
    expect(cast.smtp.mails.filter((m) => m.to.some((to) => to.toLowerCase() === 'anna.berg@contoso.example'))).toHaveLength(1);
  });

  it('an unanswered e-mailed approval is reminded by mail (the same link), like a Teams card', async () => {
    cast = await startMailCast();
    const { harness } = cast;
    const { orderId } = await orderApproved(cast);
    const first = await mailTo(cast, 'anna.berg@contoso.example');
    await mailTo(cast, 'bo.ek@contoso.example');
    // The mail server has them; the jobs record them as sent right after.
    await until(
      harness,
      () => harness.logs.lines.filter((l) => l.includes('"event":"reach.mailed"')).length === 2,
      'both mails recorded as sent',
    );
    cast.time.advance(2 * 24 * 60 * 60 * 1000 + 60_000);
    await harness.app.approvalTimers.runOnce();
    harness.app.outbox.kick();
    await until(harness, () => cast!.smtp.mails.length === 4, 'two reminder mails');
    const reminder = cast.smtp.mails.filter((m) => m.to.some((to) => to.toLowerCase() === 'anna.berg@contoso.example'))[1]!;
    expect(reminder.subject).toMatch(/^Reminder: check your ID06 card details/);
    expect(linkIn(reminder)).toBe(linkIn(first));
    const anna = (await harness.app.store.orders.items(orderId))[0]!;
    expect(
      (await harness.app.store.audit.list({ type: 'item', id: anna.id })).find((e) => e.what === 'item.remind')?.details,
    ).toMatchObject({ delivered: 'email' });
    await outboxSettled(harness);
    expect(cast.smtp.mails).toHaveLength(4);
  });

  it('no SMTP and no Graph: nothing is sent, and the orderer is told why the cardholder waits', async () => {
    const { startCast } = await import('./lifecycleHelpers');
    const plain = await startCast();
    try {
      await orderApproved(plain);
      const notice = await cardWith(plain.harness, plain.olle, 'has not used the ID06 bot yet');
      expect(json(notice.card)).toContain('approval by e-mail is off because this bot has no mail server configured (SMTP_URL)');
      expect(callsTo(plain.harness, plain.bo)).toEqual([]);
    } finally {
      await plain.harness.stop();
    }
  });
});
