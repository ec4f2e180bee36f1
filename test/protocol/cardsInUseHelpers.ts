import { expect } from 'vitest';
import { cardOf, type TurnResult } from '../support/botHarness';
import { invokeCard, invokeText } from './checkoutHelpers';
import { cardWith, placeOrderFor, type Cast } from './lifecycleHelpers';

/** Every Action.Execute on a card, wherever it sits (card actions, ActionSets in containers). */
export function actionsOf(card: any): any[] {
  const found: any[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.type === 'Action.Execute') found.push(node);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
}

/** The button with this verb for this card (item), if the card offers it. */
export const buttonFor = (card: any, verb: string, itemId: string) =>
  actionsOf(card).find((a) => a.verb === verb && a.data?.itemId === itemId);

/** The reviewer takes an approved order's cards through produced, shipped and delivered (the desk's buttons). */
export async function deliverAll(cast: Cast, number: string, itemIds: string[]): Promise<void> {
  for (const itemId of itemIds) {
    for (const step of ['produce', 'ship', 'deliver'] as const) {
      const reply = await cast.rita.click('fulfil.step', { itemId, step, number, [`trackingRef-${itemId}`]: 'PN-1' });
      expect(invokeCard(reply), invokeText(reply)).toBeDefined();
    }
  }
}

/** Olle's order for Anna and Bo, approved by the issuer and both cardholders, and delivered. */
export async function deliveredOrder(cast: Cast): Promise<{ orderId: string; number: string; anna: string; bo: string }> {
  const { harness, rita, anna, bo } = cast;
  await anna.say('hi');
  await bo.say('hi');
  const { orderId, number } = await placeOrderFor(cast);
  const review = await cardWith(harness, rita, 'Review order');
  await rita.click('review.decide', { orderId, decision: 'approve' }, review.call.activityId);
  for (const user of [anna, bo])
    await user.click('approval.decide', (await cardWith(harness, user, 'Check your ID06 card')).card.actions[0].data);
  const items = await harness.app.store.orders.items(orderId);
  await deliverAll(
    cast,
    number,
    items.map((i) => i.id),
  );
  return { orderId, number, anna: items[0]!.id, bo: items[1]!.id };
}

/** The reviewer reports a delivered card activated (the order card's Mark activated). */
export async function activate(cast: Cast, number: string, itemId: string): Promise<any> {
  return invokeCard(await cast.rita.click('fulfil.step', { itemId, step: 'activate', number }));
}

export const listCard = (reply: TurnResult) => cardOf(reply.sent.find((c) => c.kind === 'reply'));
