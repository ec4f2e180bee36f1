/**
 * `npm run screenshots:tab`: the README's pictures of the Orders tab, one per role, taken the way
 * the browser tests see the tab (the built tab in Debian's Chromium inside the stand-in Teams host,
 * the real server in production mode with FakeMicrosoft's keys and the seeded orders).
 * Run `npm run build` first. Writes docs/tab-*.png.
 */
import { join } from 'node:path';
import { launchChromium } from '../test/browser/browser';
import { openInTeams } from '../test/browser/tabHost';
import { PUBLIC_BASE, startTabStack, type TabCast } from '../test/support/tabStack';

const OUT = join(import.meta.dirname, '..', 'docs');
const stack = await startTabStack();
const browser = await launchChromium();
try {
  const shots: { file: string; who: keyof Omit<TabCast, 'orders'>; ready: string; open?: string }[] = [
    { file: 'tab-orderer.png', who: 'olle', ready: 'order-row' },
    { file: 'tab-order.png', who: 'olle', ready: 'timeline', open: stack.cast.orders[26]!.number },
    { file: 'tab-manager.png', who: 'maja', ready: 'order-row' },
    { file: 'tab-reviewer.png', who: 'rita', ready: 'queued-order' },
    { file: 'tab-cardholder.png', who: 'anna', ready: 'my-card' },
  ];
  for (const shot of shots) {
    const host = await openInTeams(browser, {
      serverUrl: stack.harness.url,
      publicBase: PUBLIC_BASE,
      path: '/tab/',
      token: await stack.tokenFor(stack.cast[shot.who]),
      context: shot.open ? { subEntityId: shot.open } : {},
    });
    await host.page.setViewportSize({ width: 1220, height: 900 });
    await host.tab.getByTestId(shot.ready).first().waitFor({ timeout: 30_000 });
    // Photos are part of the picture: wait until every thumbnail has loaded.
    await host.tab
      .locator('img')
      .evaluateAll((imgs: HTMLImageElement[]) => Promise.all(imgs.map((i) => i.decode().catch(() => undefined))));
    await host.page.screenshot({ path: join(OUT, shot.file), clip: { x: 0, y: 0, width: 1200, height: 900 } });
    console.log(`${shot.file}: ${shot.who}`);
    await host.close();
  }
} finally {
  await browser.close();
  await stack.stop();
}
