import type { Browser } from 'playwright-core';
import { onePerson } from '../photos/realPhotos';
import { PlaygroundChat } from './playground';

export const ORDER_NUMBER = /ID06-\d{4}-\d{6}/;

export interface Cardholder {
  firstName: string;
  lastName: string;
  personnummer: string;
  email: string;
}

/**
 * The orderer's path from `new card` to a placed order, briskly: typed answers (every dialog step
 * accepts them), the photo through the upload page, the card buttons where typing has no
 * equivalent. ordering.e2e.test.ts walks the same path with buttons and assertions at each step;
 * this is for tests that need an order to start from. Returns the order number shown in the chat.
 */
export async function placeOrder(chat: PlaygroundChat, cardholder: Cardholder, ordererName: string): Promise<string> {
  await chat.send('new card');
  const answers: [RegExp, string][] = [
    [/first name/, cardholder.firstName],
    [/last name/, cardholder.lastName],
    [/nationality/, 'Sweden'],
    [/identity number/, cardholder.personnummer],
    [/e-mail/, cardholder.email],
    [/mobile/, '070-123 45 67'],
    [/card type/, 'standard'],
    [/BankID/, 'yes'],
  ];
  for (const [question, answer] of answers) {
    await chat.waitForMessage(question);
    await chat.send(answer);
  }
  const photoQuestion = await chat.waitForMessage(/Send the cardholder's photo/);
  const upload = await chat.openLink('Upload from phone or computer', photoQuestion);
  await upload.setInputFiles('#file', { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await onePerson() });
  await upload.locator('#preview-img').waitFor({ state: 'visible' });
  await upload.click('#upload');
  await upload.locator('#done').waitFor({ state: 'visible', timeout: 30_000 });
  await upload.close();
  const summary = await chat.waitForMessage('Check the cardholder');
  await chat.click('Add to cart', summary);
  await chat.waitForMessage(/Added .* to the cart/);

  await chat.send('checkout');
  const checkout: [RegExp | string, string][] = [
    ['How should the cards be delivered?', 'standard'],
    ['Which delivery address?', '1'],
    ['Who receives the parcel?', 'me'],
    [`${ordererName}'s mobile`, '070-123 45 67'],
    ['Add another recipient?', 'continue'],
    ['expense code', 'no expense code'],
    ['Which invoice address?', '1'],
    ['Do you accept the delivery terms?', 'I accept'],
  ];
  for (const [question, answer] of checkout) {
    await chat.waitForMessage(question);
    await chat.send(answer);
  }
  const orderSummary = await chat.waitForMessage('Check your order');
  await chat.click('Confirm order', orderSummary);
  const placed = await chat.waitForMessage(/Your order ID06-\d{4}-\d{6} is placed/);
  return ORDER_NUMBER.exec(await placed.innerText())![0];
}

/** Opens a person's chat in their own Playground instance. */
export async function openChat(browser: Browser, url: string): Promise<PlaygroundChat> {
  const chat = await PlaygroundChat.open(browser, url);
  await chat.waitForMessage('Welcome to ID06 card ordering');
  return chat;
}
