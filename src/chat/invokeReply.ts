import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/render';

/**
 * What an `adaptiveCard/action` invoke answers with: a card that replaces the clicked one, or a
 * short message. Dialogs set it during the turn; the activity handler sends it.
 */
export type InvokeReply = { card: AdaptiveCard } | { message: string };

const KEY = Symbol('invokeReply');

export function setInvokeReply(context: TurnContext, reply: InvokeReply): void {
  context.turnState.set(KEY, reply);
}

export function takeInvokeReply(context: TurnContext): InvokeReply | undefined {
  return context.turnState.get(KEY) as InvokeReply | undefined;
}
