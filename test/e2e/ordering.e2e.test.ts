import { existsSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { portraitJpeg } from '../photos/fixtures';
import { spawnBot, type BotProcess } from '../support/botProcess';
import { tempDir } from '../support/tmp';
import { launchBrowser, PlaygroundChat, startPlayground, USERS } from './playground';

/**
 * The orderer's whole flow in the Microsoft 365 Agents Playground (the real Adaptive Card
 * renderer in Chromium) against the bot as a real process: welcome, new card with typed answers
 * and buttons, photo through the upload page (a second browser page), the proactive summary, cart,
 * checkout, confirm, orders. Asserts on what the chat shows.
 */
const SHOTS = 'test-results/screenshots';
const BOT_PORT = '3990';
const PLAYGROUND_PORT = 56170;
let bot: BotProcess | undefined;
let playground: Awaited<ReturnType<typeof startPlayground>> | undefined;
let browser: Browser | undefined;
let chat: PlaygroundChat;
const dir = tempDir('id06-e2e-');

beforeAll(async () => {
  if (!existsSync('/usr/bin/chromium')) throw new Error('Chromium is missing: apt-get install -y chromium (.ci/run does this)');
  mkdirSync(SHOTS, { recursive: true });
  [bot, playground, browser] = await Promise.all([
    spawnBot({ DATABASE_PATH: dir.file('e2e.sqlite'), PORT: BOT_PORT }),
    startPlayground(USERS.alex, PLAYGROUND_PORT, `http://127.0.0.1:${BOT_PORT}`),
    launchBrowser(),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([browser?.close(), playground?.stop()]);
  if (bot) {
    bot.child.kill('SIGTERM');
    await bot.exited;
  }
  dir.cleanup();
});

describe('ordering a card in the Agents Playground (real Adaptive Card renderer)', () => {
  it('welcomes a new user and asks the new-card questions one per turn, with buttons and typed answers', async () => {
    chat = await PlaygroundChat.open(browser!, playground!.url);
    await chat.waitForMessage('Welcome to ID06 card ordering');
    await chat.page.screenshot({ path: `${SHOTS}/01-welcome.png` });
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
    await chat.send('meganb@example.com');
    await chat.waitForMessage(/mobile/);
    await chat.send('070-123 45 67');
    const cardType = await chat.waitForMessage(/card type/);
    await chat.click('Visitor', cardType);
    await chat.waitForMessage(/Swedish BankID/);
  }, 60_000);

  it('takes the photo through the upload page and shows the summary in the chat', async () => {
    const bankId = chat.botMessages.last();
    await chat.click('No', bankId);
    const question = await chat.waitForMessage(/Send the cardholder's photo/);
    const upload = await chat.openLink('Upload from phone or computer', question);
    expect(upload.url()).toMatch(/^http:\/\/127\.0\.0\.1:3990\/upload\/.*sig=/);
    await upload.setInputFiles('#file', { name: 'anna.jpg', mimeType: 'image/jpeg', buffer: await portraitJpeg() });
    await upload.locator('#preview-img').waitFor({ state: 'visible' });
    await upload.screenshot({ path: `${SHOTS}/upload-preview.png` });
    await upload.click('#upload');
    await upload.locator('#done').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await upload.locator('#done').textContent()).toContain('Return to the chat in Teams to continue');
    await upload.close();
    const summary = await chat.waitForMessage('Check the cardholder');
    console.log(await summary.innerText());
    await chat.page.screenshot({ path: `${SHOTS}/02-summary.png` });
  }, 60_000);
});
