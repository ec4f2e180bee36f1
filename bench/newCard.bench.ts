/**
 * Issue 2 target: our new-card turn, with dialog state persisted to SQLite, at >= 70 % of a bare
 * echo bot's throughput at 20 concurrent conversations, p99 < 50 ms. Both bots run as their own
 * process (like production); this process only generates load over HTTP with expectReplies.
 */
import { FakeConnector } from '../test/support/fakeConnector';
import { tempDir } from '../test/support/tmp';
import { drive, CONVERSATIONS, SECONDS } from './support/dialogLoad';
import { fmt, startServer } from './support/load';

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
