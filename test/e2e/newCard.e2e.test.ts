import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { spawnBot, type BotProcess } from '../support/botProcess';
import { tempDir } from '../support/tmp';
import { launchBrowser, PlaygroundChat, startPlayground, USERS } from './playground';

const SHOTS = 'test-results/screenshots';
let bot: BotProcess;
let playground: Awaited<ReturnType<typeof startPlayground>>;
let browser: Browser;
const dir = tempDir('id06-e2e-');

beforeAll(async () => {
  if (!existsSync('/usr/bin/chromium')) throw new Error('Chromium is missing: apt-get install -y chromium (.ci/run does this)');
  mkdirSync(SHOTS, { recursive: true });
  bot = await spawnBot({ DATABASE_PATH: dir.file('e2e.sqlite'), PORT: '3990' });
  playground = await startPlayground(USERS.alex, 56170, bot.url);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  bot?.child.kill('SIGTERM');
  if (bot) await bot.exited;
  dir.cleanup();
});

describe('new card in the Agents Playground (real Adaptive Card renderer)', () => {
  it('welcomes the user, asks one question per turn and re-asks a wrong answer with its reason', async () => {
    const chat = await PlaygroundChat.open(browser, playground.url);
    await chat.waitForMessage('Welcome to ID06 card ordering');
    await chat.send('new card');
    await chat.waitForMessage(/first name.*exactly as in the passport/);
    await chat.send('Anna');
    await chat.waitForMessage(/last name/);
    await chat.send('Berg');
    await chat.waitForMessage(/nationality/);
    await chat.send('Swden');
    const suggestion = await chat.waitForMessage(/did you mean Sweden/);
    await chat.click('Sweden', suggestion);
    await chat.waitForMessage(/identity number/);
    await chat.send('19900101-1235');
    await chat.waitForMessage(/check digit does not match/);
    await chat.send('19900101-1239');
    await chat.waitForMessage(/e-mail/);
    await chat.send('anna.berg@example.com');
    await chat.waitForMessage(/mobile/);
    await chat.send('070-123 45 67');
    const cardType = await chat.waitForMessage(/card type/);
    await chat.click('Visitor', cardType);
    await chat.waitForMessage(/BankID/);
    await chat.page.screenshot({ path: `${SHOTS}/new-card-questions.png` });
    expect(await chat.lastText()).toMatch(/BankID/);
  });
});
