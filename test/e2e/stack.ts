import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { spawnBot } from '../support/botProcess';
import { tempDir } from '../support/tmp';
import { freePort, launchBrowser, startPlayground, type Playground, type PlaygroundUser } from './playground';

export const SHOTS = 'test-results/screenshots';

/**
 * The bot as a real process, one Agents Playground per user (each on its own free port, all
 * against this bot) and Chromium. Every process is registered for `stop` the moment it is
 * spawned, so afterAll ends them all even when start-up or a test failed halfway.
 */
export interface Started<U extends string> {
  botUrl: string;
  /** Every line the bot process printed (pino JSON), for diagnosing a failed run. */
  botLog: string[];
  playgrounds: Record<U, Playground>;
  browser: Browser;
}

export class E2E {
  private readonly stoppers: (() => Promise<unknown>)[] = [];
  private readonly dir = tempDir('id06-e2e-');

  async start<U extends string>(users: Record<U, PlaygroundUser>, env: Record<string, string> = {}): Promise<Started<U>> {
    mkdirSync(SHOTS, { recursive: true });
    this.stoppers.push(async () => this.dir.cleanup());
    const botPort = await freePort();
    // The bot's PORT is fixed (not 0) because its signed upload links are built from it.
    const botUrl = `http://127.0.0.1:${botPort}`;
    const started = spawnBot({ DATABASE_PATH: this.dir.file('e2e.sqlite'), PORT: String(botPort), ...env }, (bot) =>
      this.stoppers.push(async () => {
        if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGTERM');
        await bot.exited;
      }),
    );
    const browser = launchBrowser().then((b) => {
      this.stoppers.push(() => b.close());
      return b;
    });
    const names = Object.keys(users) as U[];
    const playgrounds = names.map(async (name) =>
      startPlayground(users[name], await freePort(), botUrl, (stop) => this.stoppers.push(stop)),
    );
    const [bot, b, ...pgs] = await Promise.all([started, browser, ...playgrounds]);
    return {
      botUrl,
      botLog: bot.lines,
      browser: b,
      playgrounds: Object.fromEntries(names.map((n, i) => [n, pgs[i]!])) as Record<U, Playground>,
    };
  }

  /** Stops everything started so far, newest first; never throws (afterAll must reach the end). */
  async stop(): Promise<void> {
    for (const stop of this.stoppers.reverse()) await stop().catch((err: unknown) => console.error('e2e cleanup:', err));
    this.stoppers.length = 0;
  }
}
