import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeConnector } from '../support/fakeConnector';
import { TeamsUser } from '../support/botHarness';
import { existsSync } from 'node:fs';
import { NPM_SERVE, spawnBot } from '../support/botProcess';
import { tempDir } from '../support/tmp';

let connector: FakeConnector;
let dir: ReturnType<typeof tempDir>;
beforeAll(async () => {
  connector = await new FakeConnector().start();
  dir = tempDir('id06-proc-');
});
afterAll(async () => {
  await connector.stop();
  dir.cleanup();
});

// Each test starts the bot as a real process through tsx (transpiling the app at start); on a loaded
// 2-core machine one start took ~20 s and the kill -9 test starts two, so 30 s was too tight.
describe('the bot as a real process', { timeout: 120_000 }, () => {
  it('survives kill -9 mid-dialog: the next answer continues where the user was', async () => {
    const env = { DATABASE_PATH: dir.file('kill9.sqlite') };
    const first = await spawnBot(env);
    expect(first.lines.join('\n')).toContain('LOCAL MODE');
    const user = new TeamsUser({ url: first.url, connector });
    await user.say('new card');
    await user.say('Anna');
    const asked = await user.say('Berg');
    expect(asked.texts.at(-1)).toMatch(/nationality/);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');

    const second = await spawnBot(env);
    try {
      const again = new TeamsUser({ url: second.url, connector }, { aadObjectId: user.aadObjectId });
      const next = await again.say('Norway');
      expect(next.texts.at(-1)).toMatch(/identity number.*Norwegian/);
    } finally {
      second.child.kill('SIGKILL');
    }
  });

  it('shuts down gracefully on SIGTERM: finishes, closes the database, exits 0', async () => {
    const bot = await spawnBot({ DATABASE_PATH: dir.file('term.sqlite') });
    const user = new TeamsUser({ url: bot.url, connector });
    const turn = user.say('new card');
    bot.child.kill('SIGTERM');
    const result = await turn.catch((err: Error) => err);
    expect(await bot.exited).toBe(0);
    expect(bot.lines.join('\n')).toContain('"event":"stopped"');
    // The in-flight turn either completed or was never accepted, but the process did not crash.
    if (!(result instanceof Error)) expect(result.status).toBe(200);
  });

  it('under npm (what `npm start` runs) SIGTERM drains in-flight turns, closes the database and exits 0', async () => {
    const dbPath = dir.file('npm.sqlite');
    const bot = await spawnBot({ DATABASE_PATH: dbPath }, undefined, NPM_SERVE);
    const users = Array.from({ length: 6 }, () => new TeamsUser({ url: bot.url, connector }));
    await Promise.all(users.map((user) => user.say('help')));
    // Every turn is in flight, waiting on its reply, when the signal arrives.
    const stall = connector.stall('reply');
    const turns = users.map((user) => user.say('new card'));
    await stall.whenHeld(users.length);
    bot.child.kill('SIGTERM'); // to npm, as a process manager would
    await bot.waitForLog((entry) => entry.event === 'stopping');
    stall.release();
    const results = await Promise.all(turns);
    expect(results.map((turn) => turn.status)).toEqual(users.map(() => 200));
    for (const turn of results) expect(turn.texts.join('\n')).toMatch(/first name/i);
    expect(await bot.exited).toBe(0);
    expect(bot.lines.join('\n')).toContain('"event":"stopped"');
    // The database was closed, not abandoned: SQLite's last connection checkpoints and removes the WAL.
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });
});
