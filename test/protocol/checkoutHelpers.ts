import { expect } from 'vitest';
import { processPhoto } from '../../src/photos';
import { DEMO_COMPANY_ID } from '../../src/services/people/seedLocal';
import type { CartItem, CartItemInput, CartOwner } from '../../src/store/ports';
import { portraitJpeg } from '../photos/fixtures';
import { actionData, cardOf, TENANT, type Harness, type TeamsUser, type TurnResult } from '../support/botHarness';
import { drawnPortrait } from '../support/faces';
import { cardholderInput } from '../support/cardholderInput';

/** The synthetic portrait's drawn face: these tests are about the image, not the person. */
const faces = drawnPortrait();

export const last = (r: TurnResult) => r.texts.at(-1) ?? '';
export const lastCard = (r: TurnResult) => cardOf(r.sent.at(-1));
/** The card an invoke answered with (the clicked card's replacement). */
export const invokeCard = (r: TurnResult) => (r.body?.type === 'application/vnd.microsoft.card.adaptive' ? r.body.value : undefined);
export const invokeText = (r: TurnResult) => (typeof r.body?.value === 'string' ? r.body.value : JSON.stringify(r.body?.value ?? ''));
export const ORDER_NUMBER = /ID06-\d{4}-\d{6}/;

let processed: { jpeg: Buffer; thumbnail: Buffer } | undefined;

/** The orderer's cart owner; the user must have talked to the bot once (local mode seeds the demo company). */
export async function ownerOf(harness: Harness, user: TeamsUser): Promise<CartOwner> {
  const person = await harness.app.store.people.findByAad(TENANT, user.aadObjectId);
  if (!person) throw new Error('say something first: the person is created on first contact');
  return { companyId: DEMO_COMPANY_ID, ordererId: person.id };
}

/**
 * Puts cardholders straight into the user's cart through the real store (the new-card dialog has
 * its own tests), each with a real processed photo unless `photo: false`.
 */
export async function seedCart(
  harness: Harness,
  user: TeamsUser,
  specs: (Partial<CartItemInput> & { photo?: boolean })[],
): Promise<CartItem[]> {
  await user.say('help');
  const owner = await ownerOf(harness, user);
  if (!processed) {
    const outcome = await processPhoto(await portraitJpeg(), { faces });
    if (!outcome.ok) throw new Error('fixture photo refused');
    processed = { jpeg: outcome.photo, thumbnail: outcome.thumbnail };
  }
  const items: CartItem[] = [];
  for (const [i, { photo = true, ...spec }] of specs.entries()) {
    const saved = photo ? await harness.app.store.photos.save({ ownerPersonId: owner.ordererId, ...processed, findings: [] }) : undefined;
    const { item } = await harness.app.store.cart.add(
      owner,
      cardholderInput({ firstName: ['Anna', 'Bo', 'Carl', 'Dana'][i % 4]!, photoId: saved?.id ?? null, ...spec }),
    );
    items.push(item);
  }
  return items;
}

/** From `checkout` to the summary card with typed answers: standard delivery, saved address, me as recipient. */
export async function walkToSummary(user: TeamsUser, opts: { expenseCode?: string; invoice?: string } = {}): Promise<TurnResult> {
  const answers = ['standard', '1', 'me', '070-123 45 67', 'continue', opts.expenseCode ?? 'KST 4711', opts.invoice ?? '1'];
  const start = await user.say('checkout');
  expect(last(start)).toMatch(/How should the cards be \*\*delivered\*\*/);
  for (const answer of answers) await user.say(answer);
  const summary = await user.say('I accept');
  expect(JSON.stringify(lastCard(summary))).toContain('Check your order');
  return summary;
}

export const confirmData = (summary: TurnResult) => actionData(lastCard(summary), { verb: 'order.confirm' });
