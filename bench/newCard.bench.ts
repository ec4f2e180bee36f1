/**
 * Issue 14 targets: our new-card turn, with dialog state persisted to SQLite, at >= 70 % of a bare
 * echo bot's throughput at 20 concurrent conversations with expectReplies, its p99 within 1.3x the
 * echo bot's; with the replies posted to the connector (as in real Teams) >= 85 %. Both bots run as
 * their own process (like production); this process only generates load over HTTP.
 */
import { FakeConnector } from '../test/support/fakeConnector';
import { tempDir } from '../test/support/tmp';
import { drive, CONVERSATIONS, SECONDS } from './support/dialogLoad';
import { cpuSeconds, fmt, startServer } from './support/load';

export async function run(): Promise<void> {
  const connector = await new FakeConnector().start();
  const dir = tempDir('id06-bench-');
  console.log(`${CONVERSATIONS} concurrent conversations, ${SECONDS} s each, deliveryMode expectReplies`);
  for (const [delivery, target] of [
    ['expectReplies', 70],
    ['post', 85],
  ] as const) {
    const measured = async (server: Awaited<ReturnType<typeof startServer>>, label: string) => {
      const before = cpuSeconds(server.child.pid);
      const result = await drive(server.url, connector, label, delivery);
      return { ...result, cpuMsPerTurn: ((cpuSeconds(server.child.pid) - before) * 1000) / result.turns };
    };
    const echo = await startServer(['bench/support/echoBot.ts'], {});
    const echoResult = await measured(echo, `echo bot, ${delivery}`);
    echo.child.kill('SIGKILL');
    const ours = await startServer(['src/index.ts'], { PORT: '0', DATABASE_PATH: dir.file(`bench-${delivery}.sqlite`), LOG_LEVEL: 'info' });
    const ourResult = await measured(ours, `new-card dialog, ${delivery}`);
    ours.child.kill('SIGTERM');
    const ratio = ourResult.turnsPerSecond / echoResult.turnsPerSecond;
    console.log(
      `${delivery}: throughput ours/echo ${fmt(ratio * 100)} % (target >= ${target} %); p99 ours/echo ${fmt(ourResult.p99 / echoResult.p99, 2)}x (target <= 1.3x); ` +
        `server CPU per turn (warm-up included): ours ${fmt(ourResult.cpuMsPerTurn, 2)} ms, echo ${fmt(echoResult.cpuMsPerTurn, 2)} ms`,
    );
  }
  await connector.stop();
  dir.cleanup();
}
