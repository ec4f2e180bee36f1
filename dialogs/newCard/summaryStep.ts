import { randomUUID } from 'node:crypto';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../../cards/render';
import { cardholderSummaryCard } from '../../cards/cardholderSummary';
import { setInvokeReply } from '../../src/chat/invokeReply';
import type { DialogInput } from './cardAction';
import type { FieldEnv } from './fieldTypes';
import type { NewCardDeps } from './deps';
import type { NewCardState } from './state';
import { summaryView } from './summary';

/** The summary card and its three answers: Add to cart, Edit, Cancel (buttons or typed). */
export class SummaryStep {
  constructor(
    private readonly deps: NewCardDeps,
    private readonly askEditPick: (context: TurnContext, state: NewCardState, env: FieldEnv) => Promise<void>,
  ) {}

  async send(context: TurnContext, state: NewCardState, env: FieldEnv): Promise<void> {
    state.nonce = randomUUID();
    const card = cardholderSummaryCard(env.t, { ...summaryView(state.draft, env.t, env.locale, state.nonce, this.deps.thumbnailUrl), edit: !!state.editItemId });
    const sent = await context.sendActivity({ attachments: [cardAttachment(card)] });
    state.summaryActivityId = sent?.id;
  }

  async onAnswer(dc: DialogContext, state: NewCardState, env: FieldEnv, input: DialogInput): Promise<DialogTurnResult> {
    const action = input.kind === 'action' ? input.verb.replace(/^newcard\./, '') : input.kind === 'message' ? typedSummaryAction(input.text, env) : undefined;
    if (action !== 'add' && action !== 'edit' && action !== 'cancel') {
      await dc.context.sendActivity(env.t('summary.typed_hint'));
      return Dialog.EndOfTurn;
    }
    const outcomeKey = action === 'add' ? (state.editItemId ? 'cart.edit.saved_outcome' : 'summary.added') : action === 'edit' ? 'summary.editing' : 'summary.cancelled';
    if (action === 'add' && state.editItemId) {
      const { replaced } = await this.deps.replaceInCart(dc.context, state.editItemId, state.draft);
      const name = `${state.draft.firstName} ${state.draft.lastName}`;
      await this.close(dc.context, state, env, input.kind === 'action', env.t(replaced ? outcomeKey : 'summary.cancelled'));
      await dc.context.sendActivity(env.t(replaced ? 'cart.edit.saved' : 'cart.edit.gone_on_save', { name }));
      await this.deps.showCart(dc.context);
      return dc.endDialog();
    }
    if (action === 'add') {
      const { cartSize } = await this.deps.addToCart(dc.context, state.draft);
      const name = `${state.draft.firstName} ${state.draft.lastName}`;
      await dc.context.sendActivity(cartSize === 1 ? env.t('cart.added.one', { name }) : env.t('cart.added.many', { name, count: cartSize }));
    }
    await this.close(dc.context, state, env, input.kind === 'action', env.t(outcomeKey));
    if (action === 'edit') {
      state.asking = 'editPick';
      await this.askEditPick(dc.context, state, env);
      return Dialog.EndOfTurn;
    }
    if (action === 'cancel') await dc.context.sendActivity(env.t(state.editItemId ? 'cart.edit.cancelled' : 'cancel.done'));
    return dc.endDialog();
  }

  /** The summary card turns read-only with the outcome: via the invoke reply, or updated in place. */
  private async close(context: TurnContext, state: NewCardState, env: FieldEnv, clicked: boolean, outcome: string): Promise<void> {
    const card = cardholderSummaryCard(env.t, { ...summaryView(state.draft, env.t, env.locale, state.nonce, this.deps.thumbnailUrl), outcome, edit: !!state.editItemId });
    if (clicked) setInvokeReply(context, { card });
    else if (state.summaryActivityId) {
      await context.updateActivity({ id: state.summaryActivityId, type: 'message', attachments: [cardAttachment(card)] }).catch(() => undefined);
    }
  }
}

function typedSummaryAction(text: string, env: FieldEnv): string | undefined {
  const folded = text.trim().toLowerCase().replace(/[.!]$/, '');
  const words: Record<string, string[]> = {
    add: ['add', 'add to cart', 'lägg till', 'lägg i varukorgen', 'save', 'spara', env.t('summary.add').toLowerCase(), env.t('cart.edit.save').toLowerCase()],
    edit: ['edit', 'change', 'ändra', env.t('summary.edit').toLowerCase()],
  };
  return Object.keys(words).find((action) => words[action]!.includes(folded));
}
