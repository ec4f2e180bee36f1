/**
 * Issue 2 target: our new-card turn, with dialog state persisted to SQLite, at >= 70 % of a bare
 * echo bot's throughput at 20 concurrent conversations, p99 < 50 ms. Both bots run as their own
 * process (like production); this process only generates load over HTTP with expectReplies.
 */
import { randomUUID } from 'node:crypto';
import { FakeConnector } from '../test/support/fakeConnector';
import { tempDir } from '../test/support/tmp';
import { fmt, runLoad, startServer, type LoadResult } from './support/load';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SCRIPT = ['new card', 'Anna', 'Berg', 'Sweden', '19900101-1239', 'anna@example.com', '070-123 45 67', 'Standard', 'yes', 'cancel'];
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

function activity(serviceUrl: string, user: string, text: string) {
  return {
    type: 'message',
    deliveryMode: 'expectReplies',
    channelId: 'msteams',
    serviceUrl,
    id: randomUUID(),
    text,
    locale: 'en-US',
    from: { id: `29:${user}`, aadObjectId: user, name: 'Bench User' },
    recipient: { id: '28:bot', name: 'ID06' },
    conversation: { id: `a:${user}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

async function drive(url: string, connector: FakeConnector, label: string): Promise<LoadResult> {
  const users = Array.from({ length: CONVERSATIONS }, () => randomUUID());
  for (const user of users) connector.addMember({ id: `29:${user}`, aadObjectId: user, name: 'Bench User', email: `${user}@x.example`, userPrincipalName: `${user}@x.example` });
  const turn = async (u: number, step: number) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(connector.url, users[u]!, SCRIPT[step % SCRIPT.length]!)),
    });
    const body = (await res.json()) as { activities?: unknown[] };
    return res.status === 200 && (body.activities?.length ?? 0) > 0;
  };
  // Warm-up: JIT, SQLite page cache, first-contact profile fetches.
  await runLoad(CONVERSATIONS, 2, turn);
  const result = await runLoad(CONVERSATIONS, SECONDS, turn);
  console.log(`${label.padEnd(28)} turns/s ${fmt(result.turnsPerSecond).padStart(8)}  p50 ${fmt(result.p50, 2).padStart(7)} ms  p99 ${fmt(result.p99, 2).padStart(7)} ms  turns ${result.turns}  errors ${result.errors}`);
  return result;
}

export async function run(): Promise<void> {
  const connector = await new FakeConnector().start();
  const dir = tempDir('id06-bench-');
  console.log(`${CONVERSATIONS} concurrent conversations, ${SECONDS} s each, deliveryMode expectReplies`);
  const echo = await startServer(['bench/support/echoBot.ts'], {});
  const echoResult = await drive(echo.url, connector, 'bare botbuilder echo bot');
  echo.child.kill('SIGKILL');
  const ours = await startServer(['src/index.ts'], { PORT: '0', DATABASE_PATH: dir.file('bench.sqlite'), LOG_LEVEL: 'info' });
  const ourResult = await drive(ours.url, connector, 'new-card dialog (SQLite)');
  ours.child.kill('SIGTERM');
  const ratio = ourResult.turnsPerSecond / echoResult.turnsPerSecond;
  console.log(`throughput ratio ours/echo: ${fmt(ratio * 100)} % (target >= 70 %); our p99 ${fmt(ourResult.p99, 2)} ms (target < 50 ms)`);
  await connector.stop();
  dir.cleanup();
}
