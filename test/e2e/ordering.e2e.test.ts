import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onePerson } from '../photos/realPhotos';
import { PlaygroundChat, USERS } from './playground';
import { E2E, SHOTS, type Started } from './stack';

/**
 * The orderer's whole flow in the Microsoft 365 Agents Playground (the real Adaptive Card
 * renderer in Chromium) against the bot as a real process: welcome, new card with typed answers
 * and buttons, photo through the upload page (a second browser page), the proactive summary, cart,
 * checkout, confirm, orders. Asserts on what the chat shows.
 *
 * The tests are steps of one conversation and run in order. What the Playground does: card buttons
 * (Action.Execute) send invokes, and the card the bot answers with replaces the clicked card (with
 * its own "Your response was sent to the app" note); Action.OpenUrl opens a window. What it does
 * not: *Upload in Teams* is a task/fetch dialog, which it does not support (it says so under the
 * card), so the photo goes through *Upload from phone or computer*.
 */
const e2e = new E2E();
let stack: Started<'alex'>;
let chat: PlaygroundChat;
let orderNumber = '';

beforeAll(async () => {
  stack = await e2e.start({ alex: USERS.alex });
}, 120_000);

afterAll(() => e2e.stop(), 60_000);

describe('ordering a card in the Agents Playground (real Adaptive Card renderer)', () => {
  it('welcomes a new user and asks the new-card questions one per turn, with buttons and typed answers', async () => {
    chat = await PlaygroundChat.open(stack.browser, stack.playgrounds.alex.url);
    await chat.waitForMessage('Welcome to ID06 card ordering');
    await chat.send('new card');
    await chat.waitForMessage(/first name.*exactly as in the passport/);
    await chat.send('Ana');
    const lastName = await chat.waitForMessage(/last name/);
    // Back, with the button: the first name again, showing its current answer.
    await chat.click('Back', lastName);
    await chat.waitForMessage(/Current answer: Ana\b/);
    await chat.send('Anna');
    await chat.waitForMessage(/last name/);
    await chat.send('Berg');
    await chat.waitForMessage(/nationality/);
    // Back, typed in Swedish in an English client: the last name again; Keep goes on.
    await chat.send('tillbaka');
    const kept = await chat.waitForMessage(/Current answer: Berg/);
    await chat.click('Keep', kept);
    await chat.waitForMessage(/nationality/);
    await chat.send('Swden');
    const suggestion = await chat.waitForMessage(/did you mean Sweden/);
    await chat.screenshot(`${SHOTS}/01-welcome.png`);
    await chat.click('Sweden', suggestion);
    await chat.waitForMessage(/identity number/);
    await chat.send('19900101-1235');
    await chat.waitForMessage(/check digit does not match/);
    await chat.send('19900101-1239');
    await chat.waitForMessage(/e-mail/);
    await chat.send('meganb@example.com'); // Megan's, the cardholder of the life-cycle test
    await chat.waitForMessage(/mobile/);
    await chat.send('070-123 45 67');
    const cardType = await chat.waitForMessage(/card type/);
    await chat.click('Visitor', cardType);
    await chat.waitForMessage(/Swedish BankID/);
    // The invoke's answer card replaced the question: the buttons are gone, the choice is shown.
    await expect.poll(() => cardType.innerText()).toMatch(/visitor/i);
    expect(await cardType.getByRole('button', { name: 'Standard' }).count()).toBe(0);
  }, 60_000);

  it('takes the photo through the upload page and shows the summary in the chat', async () => {
    const bankId = chat.botMessages.last();
    await chat.click('No', bankId);
    const question = await chat.waitForMessage(/Send the cardholder's photo/);
    const upload = await chat.openLink('Upload from phone or computer', question);
    expect(upload.url()).toMatch(new RegExp(`^${stack.botUrl}/upload/.*sig=`));
    await upload.setInputFiles('#file', { name: 'anna.jpg', mimeType: 'image/jpeg', buffer: await onePerson() });
    await upload.locator('#preview-img').waitFor({ state: 'visible' });
    await upload.screenshot({ path: `${SHOTS}/upload-preview.png` });
    await upload.click('#upload');
    await upload.locator('#done').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await upload.locator('#done').textContent()).toContain('Return to the chat in Teams to continue');
    await upload.close();
    const summary = await chat.waitForMessage('Check the cardholder');
    const shown = await summary.innerText();
    for (const text of [
      'Anna',
      'Berg',
      'Sweden',
      '19900101-****',
      'meganb@example.com',
      '+46701234567',
      'Visitor',
      'Received',
      'Manual ID verification (no BankID)',
    ])
      expect(shown).toContain(text);
    expect(shown).not.toContain('1239');
    await chat.screenshot(`${SHOTS}/02-summary.png`);
  }, 60_000);

  it('adds the cardholder to the cart and shows the cart card', async () => {
    const summary = chat.botMessages.last();
    await chat.click('Add to cart', summary);
    await expect.poll(() => summary.innerText()).toContain('Added Anna Berg to the cart. The cart has 1 cardholder.');
    await chat.send('cart');
    const cart = await chat.waitForMessage('Your cart');
    const shown = await cart.innerText();
    for (const text of ['1 cardholder', 'Anna Berg', '19900101-****', 'Visitor']) expect(shown).toContain(text);
    await cart.locator('img').first().waitFor({ state: 'visible' });
    await expect
      .poll(() =>
        cart
          .locator('img')
          .first()
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      )
      .toBe(true);
    await chat.screenshot(`${SHOTS}/03-cart.png`);
  }, 60_000);

  it('checks out with buttons for every choice, shows price, VAT and total, and places the order on Confirm order', async () => {
    await chat.click('Check out', chat.botMessages.last());
    let question = await chat.waitForMessage('How should the cards be delivered?');
    await chat.click('Standard delivery', question);
    question = await chat.waitForMessage('Which delivery address?');
    await chat.click(/Torsgatan 30/, question);
    question = await chat.waitForMessage('Who receives the parcel?');
    await chat.click('Me (Alex Wilber)', question);
    await chat.waitForMessage("Alex Wilber's mobile");
    await chat.send('070-123 45 67');
    question = await chat.waitForMessage('Add another recipient?');
    await chat.click('Continue', question);
    await chat.waitForMessage('expense code');
    await chat.send('KST 4711');
    question = await chat.waitForMessage('Which invoice address?');
    await chat.click(/Box 1234/, question);
    question = await chat.waitForMessage('Do you accept the delivery terms?');
    await chat.click('I accept', question);
    const summary = await chat.waitForMessage('Check your order');
    const shown = await summary.innerText();
    for (const text of [
      'Anna Berg',
      'Standard delivery',
      'Torsgatan 30',
      'Alex Wilber (+46701234567)',
      'KST 4711',
      'Box 1234',
      'SEK 199.00',
      'VAT 25 %',
      'SEK 49.75',
      'SEK 248.75',
    ])
      expect(shown).toContain(text);
    await chat.screenshot(`${SHOTS}/04-checkout-summary.png`);

    await chat.click('Confirm order', summary);
    const placed = await chat.waitForMessage(/Your order ID06-\d{4}-\d{6} is placed/);
    orderNumber = /ID06-\d{4}-\d{6}/.exec(await placed.innerText())![0];
    await expect.poll(() => summary.innerText()).toContain(`Placed as order ${orderNumber}.`);
    expect(await summary.getByRole('button', { name: 'Confirm order' }).count()).toBe(0);
    await chat.screenshot(`${SHOTS}/05-order-placed.png`);
  }, 90_000);

  it('lists the order under orders', async () => {
    await chat.send('orders');
    const orders = await chat.waitForMessage('Your orders');
    const shown = await orders.innerText();
    for (const text of [orderNumber, 'Anna Berg', 'Submitted']) expect(shown).toContain(text);
    await chat.screenshot(`${SHOTS}/06-orders.png`);
  }, 60_000);

  it('Photo later puts the next cardholder in the cart marked photo needed; checkout says nobody can be ordered yet and offers Send photo', async () => {
    await chat.send('new card');
    for (const [question, answer] of [
      [/first name/, 'Bo'],
      [/last name/, 'Ek'],
      [/nationality/, 'Sweden'],
      [/identity number/, '19850202-2380'],
      [/e-mail/, 'bo.ek@example.com'],
      [/mobile/, '070-765 43 21'],
      [/card type/, 'standard'],
      [/BankID/, 'yes'],
    ] as const) {
      await chat.waitForMessage(question);
      await chat.send(answer);
    }
    const photo = await chat.waitForMessage(/Send the cardholder's photo/);
    await chat.click('Photo later', photo);
    const summary = await chat.waitForMessage('Check the cardholder');
    expect(await summary.innerText()).toContain('Photo needed');
    await chat.click('Add to cart', summary);
    await chat.waitForMessage(/marked "photo needed"/);
    await chat.send('checkout');
    const refused = await chat.waitForMessage(/Bo Ek cannot be ordered until the photo is fixed/);
    expect(await refused.getByRole('button', { name: 'Send photo' }).count()).toBe(1);
    await chat.screenshot(`${SHOTS}/07-photo-later.png`);
  }, 90_000);
});
