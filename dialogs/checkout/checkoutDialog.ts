import { randomUUID } from 'node:crypto';
import { Dialog, DialogReason, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { checkoutSummaryCard } from '../../cards/checkoutSummary';
import { questionCard, type Choice } from '../../cards/question';
import { cardAttachment } from '../../cards/render';
import { replyToMiss } from '../retry';
import type { MessageKey } from '../../src/i18n';
import { localeOf, messageText } from '../../src/chat/turnText';
import { setInvokeReply } from '../../src/chat/invokeReply';
import { readDialogInput, type DialogInput } from '../newCard/cardAction';
import { pickChoice } from './choices';
import { confirmOrder, closeSummary } from './confirm';
import { autoFill, clearForEdit, editableParts, nextStep, type EditablePart } from './draft';
import { acceptStep, questionFor, type StepEnv } from './steps';
import { summaryView } from './summaryView';
import { CHECKOUT_DIALOG, type CheckoutBegin, type CheckoutDeps, type CheckoutMoves, type CheckoutState } from './state';

export { CHECKOUT_DIALOG, type CheckoutBegin, type CheckoutDeps, type CheckoutState } from './state';

/**
 * Checkout as a state machine over the draft: delivery, address, recipients, expense code,
 * invoice address, terms, then the summary with Confirm order / Edit / Cancel. One question per
 * turn, buttons or typed answers; the whole state lives in dialog state (SQLite), so a restart
 * between summary and confirm loses nothing.
 */
export class CheckoutDialog extends Dialog<CheckoutBegin> implements CheckoutMoves {
  constructor(private readonly deps: CheckoutDeps) {
    super(CHECKOUT_DIALOG);
  }

  override async beginDialog(dc: DialogContext, begin?: CheckoutBegin): Promise<DialogTurnResult> {
    if (!begin) throw new Error('checkout needs a checkout id');
    const state: CheckoutState = { checkoutId: begin.checkoutId, ordererName: begin.ordererName, draft: { recipients: [] }, asking: 'delivery', misses: 0, nonce: '' };
    dc.activeDialog!.state = state;
    return this.advance(dc, state, await this.env(dc.context));
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as CheckoutState;
    const env = await this.env(dc.context, state);
    const input = readDialogInput(dc.context.activity, messageText(dc.context));
    if (input.kind === 'bad-action') return this.invokeMessage(dc, env.t('error.bad_card_data'));
    if (input.kind === 'action' && input.data.nonce !== state.nonce) return this.invokeMessage(dc, env.t('error.card_stale'));
    if (input.kind === 'event') return Dialog.EndOfTurn;
    if (state.asking === 'summary') return this.onSummary(dc, state, env, input);
    const text = input.kind === 'action' ? (input.data.answer ?? '') : input.text;
    const question = state.asking === 'editPick' ? this.editPick(state, env) : questionFor(state.asking, state.draft, env);
    if (input.kind === 'action') {
      const title = question.choices?.find((c) => c.value === text)?.title ?? text;
      setInvokeReply(dc.context, { card: questionCard(question.text, [], state.nonce, title) });
    }
    if (!text) return this.miss(dc.context, state, env, env.t('choice.unknown', { input: '' }), question.choices);
    if (state.asking === 'editPick') {
      const part = pickChoice(text, question.choices ?? [])?.value as EditablePart | undefined;
      if (!part) return this.miss(dc.context, state, env, env.t('choice.unknown', { input: text.trim() }), question.choices);
      state.draft = clearForEdit(state.draft, part);
      return this.advance(dc, state, env);
    }
    const answer = acceptStep(state.asking, text, state.draft, env);
    if (!answer.ok) return this.miss(dc.context, state, env, answer.message, answer.choices);
    state.draft = answer.draft;
    return this.advance(dc, state, env);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as CheckoutState;
    const env = await this.env(context, state);
    if (state.asking === 'summary') await this.sendSummary(context, state, env);
    else await this.ask(context, state, env);
  }

  /** A checkout left by `cancel`, a new command or a new checkout is closed in the database too. */
  override async endDialog(context: TurnContext, instance: DialogInstance, reason: DialogReason): Promise<void> {
    if (reason === DialogReason.cancelCalled) await this.deps.cancel(context, (instance.state as CheckoutState).checkoutId);
  }

  private async env(context: TurnContext, state?: CheckoutState): Promise<StepEnv> {
    return { ...localeOf(context), options: await this.deps.options(context), ordererName: state?.ordererName ?? null };
  }

  private invokeMessage(dc: DialogContext, message: string): DialogTurnResult {
    setInvokeReply(dc.context, { message });
    return Dialog.EndOfTurn;
  }

  private editPick(state: CheckoutState, env: StepEnv): { text: string; choices: Choice[] } {
    const choices = editableParts(state.draft, env.options).map((part) => ({ title: env.t(`checkout.step.${part}` as MessageKey), value: part }));
    return { text: env.t('checkout.edit.pick'), choices };
  }

  async advance(dc: DialogContext, state: CheckoutState, env: StepEnv): Promise<DialogTurnResult> {
    state.misses = 0;
    state.draft = autoFill(state.draft, env.options);
    const step = nextStep(state.draft, env.options);
    if (step) {
      state.asking = step;
      await this.ask(dc.context, state, env);
      return Dialog.EndOfTurn;
    }
    state.asking = 'summary';
    return (await this.sendSummary(dc.context, state, env)) ? Dialog.EndOfTurn : dc.endDialog();
  }

  private async ask(context: TurnContext, state: CheckoutState, env: StepEnv): Promise<void> {
    state.nonce = randomUUID();
    if (state.asking === 'summary') return;
    const question = state.asking === 'editPick' ? this.editPick(state, env) : questionFor(state.asking, state.draft, env);
    if (question.choices?.length) await context.sendActivity({ attachments: [cardAttachment(questionCard(question.text, question.choices, state.nonce))] });
    else await context.sendActivity(question.text);
  }

  private miss(context: TurnContext, state: CheckoutState, env: StepEnv, reason: string, choices?: Choice[]): Promise<DialogTurnResult> {
    return replyToMiss(context, state, env.t, reason, choices, () => this.ask(context, state, env));
  }

  /** Sends a fresh summary (recording what it shows); false when the checkout can no longer go on. */
  async sendSummary(context: TurnContext, state: CheckoutState, env: StepEnv): Promise<boolean> {
    const summary = await this.deps.summarise(context, state.checkoutId, true);
    if (summary.kind !== 'open' || summary.cart.lines.length === 0) {
      const message =
        summary.kind === 'placed' ? env.t('checkout.already_placed', { number: summary.order.number }) : summary.kind === 'closed' ? env.t('checkout.not_open') : env.t('checkout.empty_cart');
      await context.sendActivity(message);
      return false;
    }
    state.nonce = randomUUID();
    const card = checkoutSummaryCard(env.t, summaryView(summary, state.draft, env, { checkoutId: state.checkoutId, nonce: state.nonce }));
    const sent = await context.sendActivity({ attachments: [cardAttachment(card)] });
    state.summaryActivityId = sent?.id;
    return true;
  }

  private async onSummary(dc: DialogContext, state: CheckoutState, env: StepEnv, input: Exclude<DialogInput, { kind: 'event' | 'bad-action' }>): Promise<DialogTurnResult> {
    const verbs: Record<string, string> = { 'order.confirm': 'confirm', 'checkout.edit': 'edit', 'checkout.cancel': 'cancel' };
    const action = input.kind === 'action' ? verbs[input.verb] : typedSummaryAction(input.text, env);
    const clicked = input.kind === 'action';
    if (action === 'confirm') return confirmOrder(this, this.deps, dc, state, env, clicked);
    if (action === 'edit') {
      await closeSummary(this.deps, dc.context, state, env, clicked, { text: env.t('checkout.outcome.editing'), tone: 'default' });
      state.asking = 'editPick';
      await this.ask(dc.context, state, env);
      return Dialog.EndOfTurn;
    }
    if (action === 'cancel') {
      await closeSummary(this.deps, dc.context, state, env, clicked, { text: env.t('checkout.outcome.cancelled'), tone: 'default' });
      await this.deps.cancel(dc.context, state.checkoutId);
      await dc.context.sendActivity(env.t('checkout.cancelled'));
      return dc.endDialog();
    }
    await dc.context.sendActivity(env.t('checkout.typed_hint'));
    return Dialog.EndOfTurn;
  }
}

function typedSummaryAction(text: string, env: StepEnv): string | undefined {
  const folded = text.trim().toLowerCase().replace(/[.!]$/, '');
  const words: Record<string, string[]> = {
    confirm: ['confirm', 'confirm order', 'place order', 'bekräfta', 'beställ', env.t('checkout.summary.confirm').toLowerCase()],
    edit: ['edit', 'change', 'ändra', env.t('checkout.summary.edit').toLowerCase()],
  };
  return Object.keys(words).find((action) => words[action]!.includes(folded));
}
