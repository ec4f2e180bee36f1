import * as ACData from 'adaptivecards-templating';
import { isDeepStrictEqual } from 'node:util';
import { compileTemplate, GIVE_UP } from './fastTemplate';

/** An Adaptive Card as sent to Teams. */
export type AdaptiveCard = { type: 'AdaptiveCard'; version: string; body: unknown[]; actions?: unknown[]; [key: string]: unknown };

/** Teams renders bot cards up to schema 1.5; every card goes out with this version pinned. */
export const CARD_VERSION = '1.5';

/** Binds a Designer-compatible template (`${...}` expressions) to data. */
const compiled = new WeakMap<object, { engine: ACData.Template; fast: ((data: object) => unknown) | undefined }>();
const CHECK = process.env.CARD_TEMPLATE_CHECK === '1';

export function renderTemplate(template: object, data: object): AdaptiveCard {
  let tpl = compiled.get(template);
  if (!tpl) compiled.set(template, (tpl = { engine: new ACData.Template(template), fast: compileTemplate(template) }));
  const fast = tpl.fast?.(data);
  const expanded = fast === undefined || fast === GIVE_UP ? tpl.engine.expand({ $root: data }) : fast;
  if (CHECK && expanded === fast) sameAsEngine(tpl.engine, data, fast);
  return { ...(expanded as AdaptiveCard), type: 'AdaptiveCard', version: CARD_VERSION };
}

/** The test run's proof that the compiled form expands exactly as adaptivecards-templating does. */
function sameAsEngine(engine: ACData.Template, data: object, fast: unknown): void {
  const reference = engine.expand({ $root: data });
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(reference)), JSON.parse(JSON.stringify(fast))))
    throw new Error(`compiled card template differs from adaptivecards-templating:\n${JSON.stringify(fast)}\n${JSON.stringify(reference)}`);
}

/** The attachment wrapper for a message activity. */
export function cardAttachment(card: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: 'application/vnd.microsoft.card.adaptive', content: card };
}

/** Size as sent, so tests can hold every card under Teams' practical limit. */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(cardAttachment(card)), 'utf8');
}
