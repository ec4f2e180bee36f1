import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/render';
import { questionCard, type Choice } from '../cards/question';
import type { Translate } from '../src/i18n';

export const MISSES_BEFORE_OFFERING_CANCEL = 3;

/**
 * A wrong answer in any dialog: say exactly why, offer to cancel from the third miss on, and ask
 * again — as a fresh question card when there are choices (new nonce: older cards go stale), or
 * by re-asking the question. Nothing to answer a click with: the clicked card stays as it was.
 */
export async function replyToMiss(
  context: TurnContext,
  state: { misses: number; nonce: string },
  t: Translate,
  reason: string,
  choices: Choice[] | undefined,
  reask: () => Promise<void>,
): Promise<undefined> {
  state.misses += 1;
  const tail = state.misses >= MISSES_BEFORE_OFFERING_CANCEL ? `\n\n${t('retry.tries', { count: state.misses })}` : '';
  if (choices?.length) {
    state.nonce = randomUUID();
    await context.sendActivity({ attachments: [cardAttachment(questionCard(reason + tail, choices, state.nonce))] });
  } else {
    await context.sendActivity(reason + tail);
    await reask();
  }
  return undefined;
}
