import { randomUUID } from 'node:crypto';
import type { FakeConnector } from '../../test/support/fakeConnector';
import { fmt, runLoad, type LoadResult } from './load';

export const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 20);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SCRIPT = ['new card', 'Anna', 'Berg', 'Sweden', '19900101-1239', 'anna@example.com', '070-123 45 67', 'Standard', 'yes', 'cancel'];
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** `expectReplies`: the replies come back in the HTTP answer; `post`: the bot posts them to the connector, as in real Teams. */
export type Delivery = 'expectReplies' | 'post';

export function activity(serviceUrl: string, user: string, text: string, delivery: Delivery = 'expectReplies') {
  return {
    type: 'message',
    ...(delivery === 'expectReplies' ? { deliveryMode: 'expectReplies' } : {}),
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

/**
 * Drives the new-card dialog in CONVERSATIONS conversations at once for SECONDS. With several
 * `urls`, each turn goes to one of them at random, as a load balancer in front of several
 * instances would send it.
 */
export async function drive(
  urls: string | string[],
  connector: FakeConnector,
  label: string,
  delivery: Delivery = 'expectReplies',
): Promise<LoadResult> {
  const targets = Array.isArray(urls) ? urls : [urls];
  const users = Array.from({ length: CONVERSATIONS }, () => randomUUID());
  for (const user of users)
    connector.addMember({
      id: `29:${user}`,
      aadObjectId: user,
      name: 'Bench User',
      email: `${user}@x.example`,
      userPrincipalName: `${user}@x.example`,
    });
  const turn = async (u: number, step: number) => {
    const url = targets[Math.floor(Math.random() * targets.length)]!;
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity(connector.url, users[u]!, SCRIPT[step % SCRIPT.length]!, delivery)),
    });
    if (delivery === 'post') return (await res.arrayBuffer(), res.status === 200);
    const body = (await res.json()) as { activities?: unknown[] };
    return res.status === 200 && (body.activities?.length ?? 0) > 0;
  };
  // Warm-up: JIT, SQLite page cache, first-contact profile fetches.
  await runLoad(CONVERSATIONS, 2, turn);
  const result = await runLoad(CONVERSATIONS, SECONDS, turn);
  console.log(
    `${label.padEnd(28)} turns/s ${fmt(result.turnsPerSecond).padStart(8)}  p50 ${fmt(result.p50, 2).padStart(7)} ms  p99 ${fmt(result.p99, 2).padStart(7)} ms  turns ${result.turns}  errors ${result.errors}`,
  );
  return result;
}
