/**
 * Where the new-card turn's CPU goes: runs the bot with `--cpu-prof` under the newCard bench's load
 * (`PROFILE_DELIVERY=expectReplies|post`, `BENCH_SECONDS`), stops it with SIGINT so Node writes the
 * profile, and prints the functions with the most time of their own and with their callees, as a
 * share of the server's busy time. Not a benchmark (the profiler slows the server); a map of where
 * to look. `npm run bench:profile`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { FakeConnector } from '../test/support/fakeConnector';
import { tempDir } from '../test/support/tmp';
import { drive, type Delivery } from './support/dialogLoad';
import { cpuSeconds, fmt, startServer } from './support/load';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)']);
const nameOf = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*?\/(src|dialogs|cards)\//, '$1/')}`;

/** Self and inclusive time per function name, in ms, and the busy total (idle excluded). */
export function aggregate(profile: CpuProfile): { busy: number; self: Map<string, number>; inclusive: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    if (IDLE.has(node.callFrame.functionName)) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    busy += ms;
    self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
      seen.add(name);
    }
  });
  return { busy, self, inclusive };
}

async function main(): Promise<void> {
  const delivery = (process.env.PROFILE_DELIVERY ?? 'expectReplies') as Delivery;
  const connector = await new FakeConnector().start();
  const dir = tempDir('id06-profile-');
  const server = await startServer(['--cpu-prof', `--cpu-prof-dir=${dir.path}`, 'src/index.ts'], {
    PORT: '0',
    DATABASE_PATH: dir.file('profile.sqlite'),
    LOG_LEVEL: 'info',
  });
  const before = cpuSeconds(server.child.pid);
  const result = await drive(server.url, connector, `new-card dialog, ${delivery}`, delivery);
  console.log(`server CPU per turn under the profiler: ${fmt(((cpuSeconds(server.child.pid) - before) * 1000) / result.turns, 3)} ms`);
  server.child.kill('SIGINT');
  await once(server.child, 'exit');
  await connector.stop();
  // The main thread's profile is the largest; the others are the module loader's.
  const files = readdirSync(dir.path).filter((f) => f.endsWith('.cpuprofile'));
  const main = files
    .map((f) => JSON.parse(readFileSync(join(dir.path, f), 'utf8')) as CpuProfile)
    .sort((a, b) => b.samples.length - a.samples.length)[0];
  dir.cleanup();
  if (!main) throw new Error('the server wrote no CPU profile');
  const { busy, self, inclusive } = aggregate(main);
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => `${fmt((100 * ms) / busy).padStart(6)} %  ${name}`)
      .join('\n');
  console.log(`busy ${fmt(busy, 0)} ms (start-up included)\n-- own time\n${top(self, 30)}\n-- with callees\n${top(inclusive, 60)}`);
}

await main();
