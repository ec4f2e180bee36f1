/**
 * Issue 14 targets: our new-card turn, with dialog state persisted to SQLite, at >= 70 % of a bare
 * echo bot's throughput at 20 concurrent conversations with expectReplies, its p99 within 1.3x the
 * echo bot's; with the replies posted to the connector (as in real Teams) >= 85 %. Both bots run as
 * their own process (like production); this process only generates load over HTTP.
 *
 * On a shared 2-core VM one 10-second window of the echo bot varied by up to 1.8x between runs, so
 * the two bots alternate `BENCH_ROUNDS` times (default 3) and the figures are the medians of the
 * rounds' own ratios (each round: echo, then ours, back to back).
 */
import { FakeConnector } from '../test/support/fakeConnector';
import { tempDir } from '../test/support/tmp';
import { drive, CONVERSATIONS, SECONDS } from './support/dialogLoad';
import { cpuSeconds, fmt, startServer } from './support/load';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<void> {
  const connector = await new FakeConnector().start();
  const dir = tempDir('id06-bench-');
  console.log(`${CONVERSATIONS} concurrent conversations, ${SECONDS} s each, ${ROUNDS} rounds of echo then ours`);
  for (const [delivery, target] of [
    ['expectReplies', 70],
    ['post', 85],
  ] as const) {
    const measured = async (server: Awaited<ReturnType<typeof startServer>>, label: string) => {
      const before = cpuSeconds(server.child.pid);
      const result = await drive(server.url, connector, label, delivery);
      return { ...result, cpuMsPerTurn: ((cpuSeconds(server.child.pid) - before) * 1000) / result.turns };
    };
    const rounds: { throughput: number; p99: number; ours: number; echo: number }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const echo = await startServer(['bench/support/echoBot.ts'], {});
      const echoResult = await measured(echo, `echo bot, ${delivery}`);
      echo.child.kill('SIGKILL');
      const db = dir.file(`bench-${delivery}-${round}.sqlite`);
      const ours = await startServer(['src/index.ts'], { PORT: '0', DATABASE_PATH: db, LOG_LEVEL: 'info' });
      const ourResult = await measured(ours, `new-card dialog, ${delivery}`);
      ours.child.kill('SIGTERM');
      rounds.push({
        throughput: ourResult.turnsPerSecond / echoResult.turnsPerSecond,
        p99: ourResult.p99 / echoResult.p99,
        ours: ourResult.cpuMsPerTurn,
        echo: echoResult.cpuMsPerTurn,
      });
    }
    const each = rounds.map((r) => `${fmt(r.throughput * 100)} %`).join(', ');
    console.log(
      `${delivery}: throughput ours/echo ${fmt(median(rounds.map((r) => r.throughput)) * 100)} % (target >= ${target} %; rounds ${each}); ` +
        `p99 ours/echo ${fmt(median(rounds.map((r) => r.p99)), 2)}x (target <= 1.3x); ` +
        `server CPU per turn (warm-up included): ours ${fmt(median(rounds.map((r) => r.ours)), 2)} ms, echo ${fmt(median(rounds.map((r) => r.echo)), 2)} ms`,
    );
  }
  await connector.stop();
  dir.cleanup();
}
