import { randomUUID } from 'node:crypto';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { checkoutSummaryCard } from '../../cards/checkoutSummary';
import { questionCard, withProgress, type Choice } from '../../cards/question';
import { cardAttachment } from '../../cards/render';
import { replyToMiss } from '../retry';
import type { MessageKey } from '../../src/i18n';
import { localeOf } from '../../src/chat/turnText';
import type { ChatTurn } from '../../src/chat/turn';
import type { InvokeReply } from '../../src/chat/invokeReply';
import type { ConversationDialog } from '../conversation';
import type { DialogInput } from '../newCard/cardAction';
import { GO_BACK, shownAnswer } from '../newCard/moves';
import { pickChoice } from './choices';
import { confirmOrder, closeSummary } from './confirm';
import { autoFill, clearForEdit, editableParts, nextStep, type EditablePart } from './draft';
import { checkoutProgress } from './progress';
import { acceptStep, questionFor } from './steps';
import { summaryView } from './summaryView';
import {
  CHECKOUT_DIALOG,
  type CheckoutBegin,
  type CheckoutDeps,
  type CheckoutEnv,
  type CheckoutMoves,
  type CheckoutState,
  type CheckoutTurn,
} from './state';

export { CHECKOUT_DIALOG, type CheckoutBegin, type CheckoutDeps, type CheckoutEnv, type CheckoutState } from './state';

/**
 * Checkout as a state machine over the draft: delivery, address, recipients, expense code,
 * invoice address, terms, then the summary with Confirm order / Edit / Cancel. One question per
 * turn, buttons or typed answers; the whole state lives in dialog state (SQLite), so a restart
 * between summary and confirm loses nothing.
 */
export class CheckoutDialog extends Dialog<CheckoutBegin> implements CheckoutMoves, ConversationDialog {
  constructor(private readonly deps: CheckoutDeps) {
    super(CHECKOUT_DIALOG);
  }

  override async beginDialog(dc: DialogContext, begin?: CheckoutBegin): Promise<DialogTurnResult> {
    if (!begin) throw new Error('checkout needs a checkout id');
    const state: CheckoutState = {
      checkoutId: begin.checkoutId,
      ordererName: begin.ordererName,
      draft: { recipients: [] },
      asking: 'delivery',
      misses: 0,
      nonce: '',
    };
    dc.activeDialog!.state = state;
    await this.advance(dc, state, await this.env(begin.turn, state));
    return Dialog.EndOfTurn;
  }

  override continueDialog(): Promise<DialogTurnResult> {
    throw new Error('the checkout dialog is answered through answer(), which gets the turn');
  }

  async answer(dc: DialogContext, turn: ChatTurn, input: DialogInput): Promise<InvokeReply | undefined> {
    const state = dc.activeDialog!.state as CheckoutState;
    const base = this.turnOf(turn, state);
    if (input.kind === 'action' && input.data.nonce !== state.nonce) return { message: base.t('error.card_stale') };
    if (input.kind === 'event') return undefined;
    // Confirm reads the options in its own service call, once; every other answer needs them first.
    if (state.asking === 'summary' && summaryAction(input, base) === 'confirm')
      return confirmOrder(this, this.deps, dc, state, base, input.kind === 'action');
    const env = await this.env(turn, state);
    if (state.asking === 'summary') return this.onSummary(dc, state, env, input);
    const text = input.kind === 'action' ? (input.data.answer ?? '') : input.text;
    const question = state.asking === 'editPick' ? this.editPick(state, env) : questionFor(state.asking, state.draft, env);
    // A click replaces the clicked question with its answered, button-less version.
    // Echoed as the label of the choice the answer picks ("Standard delivery" for a typed "standard" or "1"), as acceptStep reads it.
    const title = pickChoice(text, question.choices ?? [])?.title ?? text;
    const reply: InvokeReply | undefined =
      input.kind === 'action' ? { card: questionCard(question.text, [], state.nonce, title) } : undefined;
    if (text === GO_BACK) {
      await this.back(dc, turn);
      return input.kind === 'action' ? { card: questionCard(question.text, [], state.nonce, env.t('ask.back')) } : undefined;
    }
    if (!text) {
      await this.miss(state, env, env.t('choice.unknown', { input: '' }), question.choices);
      return reply;
    }
    if (state.asking === 'editPick') {
      const part = pickChoice(text, question.choices ?? [])?.value as EditablePart | undefined;
      if (!part) {
        await this.miss(state, env, env.t('choice.unknown', { input: text.trim() }), question.choices);
        return reply;
      }
      remember(state, title);
      state.draft = clearForEdit(state.draft, part);
      await this.advance(dc, state, env);
      return reply;
    }
    const answer = acceptStep(state.asking, text, state.draft, env);
    if (!answer.ok) {
      await this.miss(state, env, answer.message, answer.choices);
      return reply;
    }
    remember(state, title);
    state.draft = answer.draft;
    await this.advance(dc, state, env);
    return reply;
  }

  /** *Back*: the last answer is undone and its question asked again, showing what it was; from the edit pick, the summary again. */
  async back(dc: DialogContext, turn: ChatTurn): Promise<undefined> {
    const state = dc.activeDialog!.state as CheckoutState;
    const env = await this.env(turn, state);
    if (state.asking === 'editPick') {
      state.asking = 'summary';
      if (!(await this.sendSummary(state, env))) await dc.endDialog();
      return undefined;
    }
    const last = state.history?.pop();
    if (!last) {
      await turn.context.sendActivity(env.t('back.first'));
      await this.ask(state, env);
      return undefined;
    }
    state.draft = last.before;
    await this.advance(dc, state, env, last.answer);
    return undefined;
  }

  async reprompt(dc: DialogContext, turn: ChatTurn): Promise<void> {
    const state = dc.activeDialog!.state as CheckoutState;
    const env = await this.env(turn, state);
    if (state.asking === 'summary') await this.sendSummary(state, env);
    else await this.ask(state, env);
  }

  /** A checkout left by `cancel`, a new command or a new checkout is closed in the database too. */
  async leave(dc: DialogContext, turn: ChatTurn): Promise<void> {
    await this.deps.cancel(turn, (dc.activeDialog!.state as CheckoutState).checkoutId);
  }

  private turnOf(turn: ChatTurn, state: CheckoutState): CheckoutTurn {
    return { ...localeOf(turn.context), ordererName: state.ordererName, turn };
  }

  private async env(turn: ChatTurn, state: CheckoutState): Promise<CheckoutEnv> {
    return { ...this.turnOf(turn, state), options: await this.deps.options(turn) };
  }

  private editPick(state: CheckoutState, env: CheckoutEnv): { text: string; choices: Choice[] } {
    const choices = editableParts(state.draft, env.options).map((part) => ({
      title: env.t(`checkout.step.${part}` as MessageKey),
      value: part,
    }));
    return { text: env.t('checkout.edit.pick'), choices };
  }

  async advance(dc: DialogContext, state: CheckoutState, env: CheckoutEnv, previousAnswer?: string): Promise<undefined> {
    state.misses = 0;
    state.previousAnswer = previousAnswer;
    state.draft = autoFill(state.draft, env.options);
    const step = nextStep(state.draft, env.options);
    if (step) {
      state.asking = step;
      await this.ask(state, env);
      return undefined;
    }
    state.asking = 'summary';
    if (!(await this.sendSummary(state, env))) await dc.endDialog();
    return undefined;
  }

  private async ask(state: CheckoutState, env: CheckoutEnv): Promise<void> {
    const { context } = env.turn;
    state.nonce = randomUUID();
    if (state.asking === 'summary') return;
    const question = state.asking === 'editPick' ? this.editPick(state, env) : questionFor(state.asking, state.draft, env);
    const text = state.previousAnswer
      ? `${question.text}\n\n${env.t('checkout.previous_answer', { answer: shownAnswer(state.previousAnswer) })}`
      : question.text;
    const choices = [
      ...(question.choices ?? []),
      ...(state.history?.length || state.asking === 'editPick' ? [{ title: env.t('ask.back'), value: GO_BACK }] : []),
    ];
    const progress = state.asking === 'editPick' ? '' : env.t('progress.step', checkoutProgress(state.asking, state.draft, env.options));
    if (choices.length)
      await context.sendActivity({ attachments: [cardAttachment(questionCard(text, choices, state.nonce, '', progress))] });
    else await context.sendActivity(withProgress(progress, text));
  }

  private miss(state: CheckoutState, env: CheckoutEnv, reason: string, choices?: Choice[]): Promise<undefined> {
    return replyToMiss(env.turn.context, state, env.t, reason, choices, () => this.ask(state, env));
  }

  /** Sends a fresh summary (recording what it shows); false when the checkout can no longer go on. */
  async sendSummary(state: CheckoutState, env: CheckoutEnv): Promise<boolean> {
    const { context } = env.turn;
    const summary = await this.deps.summarise(env.turn, state.checkoutId, true);
    if (summary.kind !== 'open' || summary.cart.lines.length === 0) {
      const message =
        summary.kind === 'placed'
          ? env.t('checkout.already_placed', { number: summary.order.number })
          : summary.kind === 'closed'
            ? env.t('checkout.not_open')
            : env.t('checkout.empty_cart');
      await context.sendActivity(message);
      return false;
    }
    state.nonce = randomUUID();
    const card = checkoutSummaryCard(env.t, summaryView(summary, state.draft, env, { checkoutId: state.checkoutId, nonce: state.nonce }));
    const sent = await context.sendActivity({ attachments: [cardAttachment(card)] });
    state.summaryActivityId = sent?.id;
    return true;
  }

  private async onSummary(
    dc: DialogContext,
    state: CheckoutState,
    env: CheckoutEnv,
    input: Exclude<DialogInput, { kind: 'event' }>,
  ): Promise<InvokeReply | undefined> {
    const action = summaryAction(input, env);
    const clicked = input.kind === 'action';
    if (action === 'edit') {
      const reply = await closeSummary(this.deps, state, env, clicked, { text: env.t('checkout.outcome.editing'), tone: 'default' });
      state.asking = 'editPick';
      await this.ask(state, env);
      return reply;
    }
    if (action === 'cancel') {
      const reply = await closeSummary(this.deps, state, env, clicked, { text: env.t('checkout.outcome.cancelled'), tone: 'default' });
      await this.deps.cancel(env.turn, state.checkoutId);
      await dc.context.sendActivity(env.t('checkout.cancelled'));
      await dc.endDialog();
      return reply;
    }
    await dc.context.sendActivity(env.t('checkout.typed_hint'));
    return undefined;
  }
}

const HISTORY_MAX = 40;

/** Keeps the draft before an answer, for *Back*. */
function remember(state: CheckoutState, answer: string): void {
  state.history = [...(state.history ?? []), { before: state.draft, answer }].slice(-HISTORY_MAX);
}

const SUMMARY_VERBS: Record<string, string> = { 'order.confirm': 'confirm', 'checkout.edit': 'edit', 'checkout.cancel': 'cancel' };

/** What an answer to the summary asks for: a clicked verb, or a typed word (confirm, edit). */
function summaryAction(input: Exclude<DialogInput, { kind: 'event' }>, env: CheckoutTurn): string | undefined {
  return input.kind === 'action' ? SUMMARY_VERBS[input.verb] : typedSummaryAction(input.text, env);
}

function typedSummaryAction(text: string, env: CheckoutTurn): string | undefined {
  const folded = text.trim().toLowerCase().replace(/[.!]$/, '');
  const words: Record<string, string[]> = {
    confirm: ['confirm', 'confirm order', 'place order', 'bekräfta', 'beställ', env.t('checkout.summary.confirm').toLowerCase()],
    edit: ['edit', 'change', 'ändra', env.t('checkout.summary.edit').toLowerCase()],
  };
  return Object.keys(words).find((action) => words[action]!.includes(folded));
}
