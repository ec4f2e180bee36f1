import { randomUUID } from 'node:crypto';
import type { DialogContext } from 'botbuilder-dialogs';
import { cardAttachment } from '../../cards/render';
import { cardholderSummaryCard } from '../../cards/cardholderSummary';
import { cartAddedCard } from '../../cards/cartAdded';
import type { InvokeReply } from '../../src/chat/invokeReply';
import type { DialogInput } from './cardAction';
import type { NewCardDeps, NewCardEnv } from './deps';
import type { NewCardState } from './state';
import { summaryView } from './summary';

/** The summary card and its three answers: Add to cart, Edit, Cancel (buttons or typed). */
export class SummaryStep {
  constructor(
    private readonly deps: NewCardDeps,
    private readonly askEditPick: (state: NewCardState, env: NewCardEnv) => Promise<void>,
  ) {}

  async send(state: NewCardState, env: NewCardEnv): Promise<void> {
    state.nonce = randomUUID();
    const card = cardholderSummaryCard(env.t, {
      ...summaryView(state.draft, env.t, env.locale, state.nonce, this.deps.thumbnailUrl),
      edit: !!state.editItemId,
    });
    const sent = await env.turn.context.sendActivity({ attachments: [cardAttachment(card)] });
    state.summaryActivityId = sent?.id;
  }

  async onAnswer(dc: DialogContext, state: NewCardState, env: NewCardEnv, input: DialogInput): Promise<InvokeReply | undefined> {
    const { turn } = env;
    const action =
      input.kind === 'action'
        ? input.verb.replace(/^newcard\./, '')
        : input.kind === 'message'
          ? typedSummaryAction(input.text, env)
          : undefined;
    if (action !== 'add' && action !== 'edit' && action !== 'cancel') {
      await dc.context.sendActivity(env.t('summary.typed_hint'));
      return undefined;
    }
    const clicked = input.kind === 'action';
    const outcomeKey =
      action === 'add'
        ? state.editItemId
          ? 'cart.edit.saved_outcome'
          : 'summary.added'
        : action === 'edit'
          ? 'summary.editing'
          : 'summary.cancelled';
    if (action === 'add' && state.editItemId) {
      const { replaced } = await this.deps.replaceInCart(turn, state.editItemId, state.draft);
      const name = `${state.draft.firstName} ${state.draft.lastName}`;
      const reply = await this.close(state, env, clicked, env.t(replaced ? outcomeKey : 'summary.cancelled'));
      await dc.context.sendActivity(env.t(replaced ? 'cart.edit.saved' : 'cart.edit.gone_on_save', { name }));
      await this.deps.showCart(turn);
      await dc.endDialog();
      return reply;
    }
    if (action === 'add') {
      const { cartSize } = await this.deps.addToCart(turn, state.draft);
      const name = `${state.draft.firstName} ${state.draft.lastName}`;
      const added = env.t('cart.added', { name, count: cartSize });
      const notes = [
        ...(state.draft.photo ? [] : [env.t('cart.added.photo_later', { name })]),
        ...(state.draft.hasBankId === false ? [env.t('manual_id.what')] : []),
      ];
      await dc.context.sendActivity({ attachments: [cardAttachment(cartAddedCard(env.t, { added, notes }))] });
    }
    const reply = await this.close(state, env, clicked, env.t(outcomeKey));
    if (action === 'edit') {
      state.asking = 'editPick';
      await this.askEditPick(state, env);
      return reply;
    }
    if (action === 'cancel') await dc.context.sendActivity(env.t(state.editItemId ? 'cart.edit.cancelled' : 'cancel.done'));
    await dc.endDialog();
    return reply;
  }

  /** The summary card turns read-only with the outcome: as the click's answer, or updated in place. */
  private async close(state: NewCardState, env: NewCardEnv, clicked: boolean, outcome: string): Promise<InvokeReply | undefined> {
    const card = cardholderSummaryCard(env.t, {
      ...summaryView(state.draft, env.t, env.locale, state.nonce, this.deps.thumbnailUrl),
      outcome,
      edit: !!state.editItemId,
    });
    if (clicked) return { card };
    if (state.summaryActivityId) {
      await env.turn.context
        .updateActivity({ id: state.summaryActivityId, type: 'message', attachments: [cardAttachment(card)] })
        .catch(() => undefined);
    }
    return undefined;
  }
}

function typedSummaryAction(text: string, env: NewCardEnv): string | undefined {
  const folded = text.trim().toLowerCase().replace(/[.!]$/, '');
  const words: Record<string, string[]> = {
    add: [
      'add',
      'add to cart',
      'lägg till',
      'lägg i varukorgen',
      'save',
      'spara',
      env.t('summary.add').toLowerCase(),
      env.t('cart.edit.save').toLowerCase(),
    ],
    edit: ['edit', 'change', 'ändra', env.t('summary.edit').toLowerCase()],
  };
  return Object.keys(words).find((action) => words[action]!.includes(folded));
}
