import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { makeXlsx } from '../import/helpers';
import { actionData, cardOf, flatten, TeamsUser } from '../support/botHarness';
import { spawnBot, type BotProcess } from '../support/botProcess';
import { FakeConnector } from '../support/fakeConnector';
import { good, HEADER } from '../support/importRows';
import { tempDir } from '../support/tmp';
import { waitFor } from '../support/waitFor';

/**
 * kill -9 while an import file is being checked: the card must not stay on "Checking the file…"
 * for ever. The check is held at the connector (its card updates get no answer) while the process
 * is killed, so the kill always lands before the card shows a result.
 */
let connector: FakeConnector;
let dir: ReturnType<typeof tempDir>;
beforeAll(async () => {
  connector = await new FakeConnector().start();
  dir = tempDir('id06-importcrash-');
});
afterAll(async () => {
  await connector.stop();
  dir.cleanup();
});

const FILE = 'application/vnd.microsoft.teams.file.download.info';

async function killed(bot: BotProcess): Promise<void> {
  bot.child.kill('SIGKILL');
  expect(await bot.exited).toBe('SIGKILL');
}

/** Sends an import file and kills the bot while the check's card update is held; returns the card's id. */
async function sendAndKill(bot: BotProcess, user: TeamsUser, name: string): Promise<string> {
  const url = connector.addFile(`${user.aadObjectId}-${name}`, await makeXlsx([HEADER, good(1), good(2)]), 'application/octet-stream');
  const held = connector.stall('update');
  const turn = await user.sendAttachment({ contentType: FILE, name, content: { downloadUrl: url, fileType: 'xlsx' } });
  const checking = turn.sent.at(-1)!;
  expect(flatten(checking.body)).toContain('Checking the file');
  await held.whenHeld(1);
  await killed(bot);
  held.abandon();
  return checking.activityId!;
}

const updatesOf = (cardId: string) => connector.calls.filter((c) => c.kind === 'update' && c.activityId === cardId);
const pendingChecks = (dbPath: string) => {
  const db = new Database(dbPath, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM import_checks').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('an import check interrupted by kill -9', { timeout: 180_000 }, () => {
  it('is resumed at the next start: the same card gets the result, and confirming adds the rows', async () => {
    const env = { DATABASE_PATH: dir.file('resume.sqlite') };
    const first = await spawnBot(env);
    const user = new TeamsUser({ url: first.url, connector });
    const cardId = await sendAndKill(first, user, 'people.xlsx');
    expect(updatesOf(cardId).filter((c) => /Checked/.test(flatten(c.body)))).toEqual([]);

    const second = await spawnBot(env);
    try {
      const resumed = await second.waitForLog((e) => e.event === 'import.resumed');
      expect(resumed).toMatchObject({ attempts: 1, hasCard: true });
      const result = await waitFor(
        [connector.changes],
        () => updatesOf(cardId).find((c) => /Checked 2 rows/.test(flatten(c.body))),
        'the result on the same card',
      );
      const again = new TeamsUser({ url: second.url, connector }, { aadObjectId: user.aadObjectId });
      const confirmed = await again.click('import.confirm', actionData(cardOf(result), { verb: 'import.confirm' }), cardId);
      expect(JSON.stringify(confirmed.body.value)).toContain('Added 2 cardholders to the cart');
      await second.waitForLog((e) => e.event === 'import.check_finished');
      expect(pendingChecks(env.DATABASE_PATH)).toBe(0);
    } finally {
      await killed(second);
    }
  });

  it('interrupted a second time, it ends with a card that says so and a fresh upload link', async () => {
    const env = { DATABASE_PATH: dir.file('giveup.sqlite') };
    const first = await spawnBot(env);
    const user = new TeamsUser({ url: first.url, connector });
    const cardId = await sendAndKill(first, user, 'twice.xlsx');
    const heldAgain = connector.stall('update');

    // The resumed check is held too, and killed again.
    const second = await spawnBot(env);
    await heldAgain.whenHeld(1);
    await killed(second);
    heldAgain.abandon();

    const third = await spawnBot(env);
    try {
      const abandoned = await third.waitForLog((e) => e.event === 'import.abandoned');
      expect(abandoned).toMatchObject({ attempts: 2 });
      const update = await waitFor(
        [connector.changes],
        () => updatesOf(cardId).find((c) => /interrupted/.test(flatten(c.body))),
        'the card saying the check was interrupted',
      );
      expect(flatten(update.body)).toContain('Nothing was added to the cart. Please send the file again');
      const link = cardOf(update).actions.find((a: any) => a.type === 'Action.OpenUrl' && a.title === 'Upload the file again')
        .url as string;
      expect(link).toMatch(/\/upload\/[^?]+\?exp=\d+&sig=/);
      const page = await fetch(link.replace(/^https?:\/\/[^/]+/, third.url));
      expect(page.status).toBe(200);
      expect(pendingChecks(env.DATABASE_PATH)).toBe(0);
    } finally {
      await killed(third);
    }
  });
});
