import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as sent to Teams. */
export type AdaptiveCard = { type: 'AdaptiveCard'; version: string; body: unknown[]; actions?: unknown[]; [key: string]: unknown };

/** Teams renders bot cards up to schema 1.5; every card goes out with this version pinned. */
export const CARD_VERSION = '1.5';

/** Binds a Designer-compatible template (`${...}` expressions) to data. */
const compiled = new WeakMap<object, ACData.Template>();

export function renderTemplate(template: object, data: object): AdaptiveCard {
  let tpl = compiled.get(template);
  if (!tpl) compiled.set(template, (tpl = new ACData.Template(template)));
  const card = tpl.expand({ $root: data }) as AdaptiveCard;
  return { ...card, type: 'AdaptiveCard', version: CARD_VERSION };
}

/** The attachment wrapper for a message activity. */
export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

/** Size as sent, so tests can hold every card under Teams' practical limit. */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(cardAttachment(card)), 'utf8');
}
