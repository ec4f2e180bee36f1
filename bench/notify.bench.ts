/**
 * Notification fan-out: 1,000 notifications to 200 recipients (200 personal conversations in one
 * tenant) through the real outbox (SQLite), worker, botbuilder ProactiveSender and HTTP to the fake
 * connector. Rates are measured from the connector's recorded timestamps.
 *
 * The 30/s per-tenant limit makes 1,000 sends take >= 33 s, so the full-scale run uses a fake clock
 * for time (limiter, scheduling, the connector's timestamps) while every call is real HTTP; a
 * second run uses real time at reduced scale (BENCH_NOTIFY_REAL=<notifications>,<recipients>;
 * `BENCH_NOTIFY_REAL=1000,200` for full scale, ~34 s); one run sends 60 messages into a single
 * conversation (the per-conversation limits), and the last lifts the limits to show the pipeline's
 * own capacity.
 */
import { parseConfig } from '../src/config';
import { createBotAuthentication } from '../src/teams/botAuthentication';
import { createLogger } from '../src/logger';
import {
  OutboxWorker,
  storeRecipients,
  systemClock,
  TEAMS_CONVERSATION_LIMITS,
  TEAMS_TENANT_LIMITS,
  type Clock,
  type RateWindow,
} from '../src/notify';
import { createSqliteStore } from '../src/store/sqlite';
import type { OutboxDraft, Store } from '../src/store/ports';
import { BotFrameworkProactiveSender } from '../src/teams/proactive';
import { drain, FakeClock, maxInWindow } from '../test/support/fakeClock';
import { FakeConnector, type RecordedCall } from '../test/support/fakeConnector';
import { tempDir } from '../test/support/tmp';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const fmt = (n: number, digits = 1) => n.toFixed(digits);

interface Scenario {
  label: string;
  notifications: number;
  recipients: number;
  clock: 'fake' | 'real';
  limits?: { conversation: readonly RateWindow[]; tenant: readonly RateWindow[] };
}

async function seed(store: Store, connector: FakeConnector, recipients: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < recipients; i++) {
    const { person } = await store.people.upsertSeen({
      tenantId: TENANT,
      aadObjectId: `aad-${i}`,
      teamsUserId: `29:user-${i}`,
      name: `Manager ${i}`,
    });
    const conversationId = `a:personal-${i}`;
    const reference = {
      user: { id: `29:user-${i}`, aadObjectId: `aad-${i}` },
      bot: { id: '28:bot', name: 'ID06' },
      conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
      channelId: 'msteams',
      serviceUrl: connector.url,
    };
    await store.conversations.upsert({
      conversationId,
      personId: person.id,
      tenantId: TENANT,
      conversationType: 'personal',
      serviceUrl: connector.url,
      reference,
    });
    ids.push(person.id);
  }
  return ids;
}

function rates(sends: RecordedCall[]) {
  const byConversation = new Map<string, number[]>();
  for (const s of sends) byConversation.set(s.conversationId, [...(byConversation.get(s.conversationId) ?? []), s.at]);
  const perConversation = (ms: number) => Math.max(...[...byConversation.values()].map((t) => maxInWindow(t, ms)));
  return {
    tenant1s: maxInWindow(
      sends.map((s) => s.at),
      1_000,
    ),
    conv1s: perConversation(1_000),
    conv2s: perConversation(2_000),
  };
}

async function scenario(s: Scenario): Promise<void> {
  const dir = tempDir('id06-notify-bench-');
  const fake = s.clock === 'fake' ? new FakeClock() : undefined;
  const clock: Clock = fake ?? systemClock;
  const connector = await new FakeConnector(() => clock.now()).start();
  const store = createSqliteStore(dir.file('bench.sqlite'), () => new Date(clock.now()));
  const people = await seed(store, connector, s.recipients);
  const drafts: OutboxDraft[] = Array.from({ length: s.notifications }, (_, i) => ({
    eventId: `event-${i}`,
    recipient: { kind: 'person', id: people[i % people.length]! },
    tenantId: TENANT,
    payload: { kind: 'text', text: `Order ${1000 + Math.floor(i / s.recipients)}: status changed` },
  }));
  const sender = new BotFrameworkProactiveSender({
    appId: '',
    authentication: createBotAuthentication(parseConfig({}).bot, createLogger('warn')),
    now: () => clock.now(),
  });
  const worker = new OutboxWorker({
    outbox: store.outbox,
    recipients: storeRecipients(store),
    sender,
    clock,
    log: createLogger('warn'),
    limits: s.limits,
    concurrency: 8,
  });

  const enqueueStart = performance.now();
  await store.outbox.enqueue(drafts);
  const enqueueMs = performance.now() - enqueueStart;
  const start = clock.now();
  const wallStart = performance.now();
  if (fake) {
    await drain(worker, fake);
  } else {
    worker.start();
    while ((await store.outbox.list({ status: 'sent' })).length < s.notifications) await new Promise((r) => setTimeout(r, 100));
    await worker.stop();
  }
  const wallMs = performance.now() - wallStart;
  const sends = connector.calls.filter((c) => c.kind === 'send');
  const span = Math.max(...sends.map((c) => c.at)) - start;
  const r = rates(sends);
  const statuses = await store.outbox.list();
  const sent = statuses.filter((m) => m.status === 'sent').length;
  const limits = s.limits
    ? null
    : { tenant: TEAMS_TENANT_LIMITS[0]!.limit, conv: TEAMS_CONVERSATION_LIMITS[0]!.limit, conv2: TEAMS_CONVERSATION_LIMITS[1]!.limit };
  const held = limits ? r.tenant1s <= limits.tenant && r.conv1s <= limits.conv && r.conv2s <= limits.conv2 : undefined;

  console.log(
    `\n${s.label}: ${s.notifications} notifications to ${s.recipients} personal conversation${s.recipients === 1 ? '' : 's'}, 1 tenant, ${s.clock === 'fake' ? 'fake clock + real HTTP' : 'real time + real HTTP'}`,
  );
  console.log(
    `  delivered ${sent}/${s.notifications} (connector recorded ${sends.length} sends, ${connector.calls.length - sends.length} other calls); enqueue ${fmt(enqueueMs)} ms in one transaction`,
  );
  console.log(
    `  ${s.clock === 'fake' ? 'simulated' : 'real'} time first->last send ${fmt(span / 1000, 2)} s; wall time ${fmt(wallMs / 1000, 2)} s (${fmt(s.notifications / (wallMs / 1000), 0)} sends/s of wall time)`,
  );
  console.log(
    `  max observed: ${r.tenant1s}/s per tenant, ${r.conv1s}/s and ${r.conv2s}/2s per conversation${limits ? ` (limits ${limits.tenant}/s, ${limits.conv}/s, ${limits.conv2}/2s): ${held ? 'no limit exceeded' : 'LIMIT EXCEEDED'}` : ' (limits lifted)'}`,
  );
  await store.close();
  await connector.stop();
  dir.cleanup();
}

export async function run(): Promise<void> {
  const [realCount, realRecipients] = (process.env.BENCH_NOTIFY_REAL ?? '300,60').split(',').map(Number);
  await scenario({ label: 'Full scale, Teams limits', notifications: 1_000, recipients: 200, clock: 'fake' });
  await scenario({ label: 'One busy conversation, Teams limits', notifications: 60, recipients: 1, clock: 'fake' });
  await scenario({ label: 'Real time, Teams limits', notifications: realCount!, recipients: realRecipients!, clock: 'real' });
  const lifted = [{ limit: 1_000_000, ms: 1_000 }];
  await scenario({
    label: 'Pipeline capacity, limits lifted',
    notifications: 1_000,
    recipients: 200,
    clock: 'real',
    limits: { conversation: lifted, tenant: lifted },
  });
}
