import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../browser/browser';
import { tempDir } from '../support/tmp';
import { freePort } from '../support/freePort';
import { playgroundConfigYaml, USERS, type PlaygroundUser } from '../../scripts/devSetup.mjs';

export { freePort };

// The mock users and the config file are the ones `npm run dev -- --users ...` uses (README: several people in the Playground).
export { USERS, type PlaygroundUser };
export const TENANT = '00000000-0000-0000-0000-0000000000001';

export type Playground = Awaited<ReturnType<typeof startPlayground>>;

/** One Agents Playground instance, started as `user` (its own config file, its own port). */
export async function startPlayground(
  user: PlaygroundUser,
  port: number,
  botUrl: string,
  /** Called with `stop` as soon as the process exists, before it is ready (so a failed start is cleaned up too). */
  onStart?: (stop: () => Promise<void>) => void,
): Promise<{ child: ChildProcess; url: string; stop: () => Promise<void> }> {
  const dir = tempDir('id06-pg-');
  writeFileSync(join(dir.path, '.m365agentsplayground.yml'), playgroundConfigYaml(user));
  const cli = resolve('node_modules/@microsoft/m365agentsplayground/cli.js');
  const child = spawn(process.execPath, [cli, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', String(port), '--disable-telemetry'], {
    cwd: dir.path,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    dir.cleanup();
  };
  onStart?.(stop);
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`playground did not start: ${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`playground exited ${code}: ${output}`)));
  });
  child.once('exit', (code) => {
    if (code) console.error(`playground ${user.name} exited ${code}: ${output.slice(-2000)}`);
  });
  return {
    child,
    url: `http://localhost:${port}`,
    stop,
  };
}

export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** A person's Teams-like chat in the Playground page. */
export class PlaygroundChat {
  /** How many bot messages were shown when the user last sent or clicked something. */
  private mark = 0;

  constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<PlaygroundChat> {
    const page = await browser.newPage({ viewport: { width: 1000, height: 960 } });
    // Generous caps, not sleeps: three Playground pages loading at once on a loaded 2-core machine took over 30 s.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.locator('[data-lexical-editor=true]').waitFor({ state: 'visible', timeout: 120_000 });
    // The log panel (raw activities) takes a third of the window; the chat reads better without it.
    const hideLog = page.getByRole('button', { name: 'Hide log panel' });
    if (await hideLog.isVisible()) {
      await hideLog.click();
      await hideLog.waitFor({ state: 'hidden' });
    }
    return new PlaygroundChat(page);
  }

  get botMessages(): Locator {
    return this.page.locator('.fai-OutputCard');
  }

  /** Types `text` in the message box and sends it; returns once the bot has answered with a new message. */
  async send(text: string): Promise<void> {
    const before = await this.botMessages.count();
    this.mark = before;
    const box = this.page.locator('[data-lexical-editor=true]');
    await box.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
    await this.waitForMoreThan(before);
  }

  /**
   * Waits until a bot message containing `text` is shown at or after the mark (the bot messages
   * shown when the user last sent or clicked), so an earlier message with the same words never
   * satisfies it; returns that message (the newest one that matches).
   */
  async waitForMessage(text: string | RegExp, timeout = 30_000): Promise<Locator> {
    const pattern =
      typeof text === 'string' ? { source: text, flags: '', literal: true } : { source: text.source, flags: text.flags, literal: false };
    const handle = await this.page
      .waitForFunction(
        ({ from, source, flags, literal }) => {
          const cards = Array.from(document.querySelectorAll<HTMLElement>('.fai-OutputCard'));
          const re = literal ? undefined : new RegExp(source, flags);
          for (let i = cards.length - 1; i >= from; i--) {
            const shown = cards[i]!.innerText;
            if (literal ? shown.includes(source) : re!.test(shown)) return { index: i }; // an object: index 0 is falsy
          }
          return false;
        },
        { from: this.mark, ...pattern },
        { timeout, polling: 100 },
      )
      .catch(async (err: Error) => {
        throw new Error(
          `no bot message matching ${String(text)} from #${this.mark} within ${timeout} ms (${err.message.split('\n')[0]}); the chat shows:\n${await this.transcript()}`,
        );
      });
    return this.botMessages.nth(((await handle.jsonValue()) as { index: number }).index);
  }

  async waitForMoreThan(count: number, timeout = 30_000): Promise<void> {
    await this.page.waitForFunction((n) => document.querySelectorAll('.fai-OutputCard').length > n, count, { timeout, polling: 100 });
  }

  /** Clicks the card button `name` in `within` (default: the newest bot message). */
  async click(name: string | RegExp, within?: Locator): Promise<void> {
    this.mark = await this.botMessages.count();
    await (within ?? this.botMessages.last()).getByRole('button', { name }).click();
  }

  /**
   * Clicks the card's Action.OpenUrl `name` (the renderer gives it role "link" and the URL as its
   * title) and returns the page the Playground opens for it with window.open.
   */
  async openLink(name: string | RegExp, within?: Locator): Promise<Page> {
    const link = (within ?? this.botMessages.last()).getByRole('link', { name });
    const [opened] = await Promise.all([this.page.context().waitForEvent('page', { timeout: 30_000 }), link.click()]);
    await opened.waitForLoadState('domcontentloaded');
    return opened;
  }

  /** Starts a new expectation window without sending anything (for messages the bot sends on its own). */
  async markNow(): Promise<void> {
    this.mark = await this.botMessages.count();
  }

  /**
   * A screenshot of the chat pane only (messages and message box, without the Playground's menus
   * and conversation list): the column that holds the bot's messages and spans the window's height.
   */
  async screenshot(path: string): Promise<void> {
    const clip = await this.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur(); // no focus ring on the message box
      let el = document.querySelector('[data-lexical-editor=true]') as HTMLElement | null;
      while (el && el.getBoundingClientRect().height < window.innerHeight * 0.85) el = el.parentElement;
      const r = (el ?? document.body).getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: Math.min(r.height, window.innerHeight - r.y) };
    });
    await this.page.screenshot({ path, clip });
  }

  async lastText(): Promise<string> {
    return (await this.botMessages.last().innerText()).trim();
  }

  /** Every bot message as shown, one line each (for failure messages). */
  async transcript(): Promise<string> {
    const all = await this.botMessages.allInnerTexts();
    return all.map((t, i) => `#${i}: ${t.replace(/\n+/g, ' | ')}`).join('\n');
  }
}
