import { randomUUID } from 'node:crypto';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../../cards/render';
import { questionCard } from '../../cards/question';
import { cardholderSummaryCard } from '../../cards/cardholderSummary';
import { localeOf, messageText } from '../../src/teams/activity';
import { setInvokeReply } from '../../src/teams/invokeReply';
import { checkYesNo } from '../../src/domain/person';
import { readDialogInput, type DialogInput } from './cardAction';
import { clearForEdit, editableFields, nextMissingField, type Draft, type FieldId, type PhotoDraft } from './draft';
import { acceptAnswer, askFor, type FieldEnv, type Question } from './fields';
import { summaryView } from './summary';
import type { MessageKey } from '../../src/i18n';

export const NEW_CARD_DIALOG = 'newCard';
const MISSES_BEFORE_OFFERING_CANCEL = 3;

export type PhotoReceipt = { ok: true; photo: PhotoDraft } | { ok: false; message: string };

/** What the dialog needs from the rest of the app: services behind small functions. */
export interface NewCardDeps {
  receivePhoto(context: TurnContext, env: FieldEnv): Promise<PhotoReceipt | undefined>;
  addToCart(context: TurnContext, draft: Draft): Promise<{ cartSize: number }>;
  /** Saves an edited cardholder over its cart item; false when the item is gone. */
  replaceInCart(context: TurnContext, itemId: string, draft: Draft): Promise<{ replaced: boolean }>;
  /** Sends the cart card (after an edit from the cart, the user is back where they were). */
  showCart(context: TurnContext): Promise<void>;
  thumbnailUrl(photoId: string): string | undefined;
  now(): Date;
}

interface State {
  draft: Draft;
  asking: FieldId | 'summary' | 'editPick';
  misses: number;
  nonce: string;
  summaryActivityId?: string;
  /** Countries suggested for a near-miss nationality, so "yes" can accept a single one. */
  suggestions?: string[];
  /** Editing this cart item: nothing changes in the cart until "Save changes". */
  editItemId?: string;
}

/** `edit`: start from a cart item's data and save over it, instead of adding a new cardholder. */
export interface NewCardOptions {
  edit?: { itemId: string; draft: Draft };
}

/**
 * One question per turn until the draft is complete, then a summary with Add to cart / Edit /
 * Cancel. The whole state lives in dialog state, saved after every turn.
 */
export class NewCardDialog extends Dialog<NewCardOptions> {
  constructor(private readonly deps: NewCardDeps) {
    super(NEW_CARD_DIALOG);
  }

  override async beginDialog(dc: DialogContext, options?: NewCardOptions): Promise<DialogTurnResult> {
    const state: State = options?.edit
      ? { draft: options.edit.draft, asking: 'summary', misses: 0, nonce: '', editItemId: options.edit.itemId }
      : { draft: {}, asking: 'firstName', misses: 0, nonce: '' };
    dc.activeDialog!.state = state;
    await this.advance(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State;
    const env = this.env(dc.context);
    const input = readDialogInput(dc.context.activity, messageText(dc.context));
    if (input.kind === 'bad-action') {
      setInvokeReply(dc.context, { message: env.t('error.bad_card_data') });
      return Dialog.EndOfTurn;
    }
    if (input.kind === 'action' && input.data.nonce !== state.nonce) {
      setInvokeReply(dc.context, { message: env.t('error.card_stale') });
      return Dialog.EndOfTurn;
    }
    if (state.asking === 'summary') return this.onSummary(dc, state, env, input);
    if (state.asking === 'editPick') return this.onEditPick(dc.context, state, env, input);
    if (state.asking === 'photo') {
      const receipt = await this.deps.receivePhoto(dc.context, env);
      if (!receipt) return this.miss(dc.context, state, env, env.t('photo.missing'));
      if (!receipt.ok) return this.miss(dc.context, state, env, receipt.message);
      state.draft = { ...state.draft, photo: receipt.photo };
      await this.advance(dc.context, state);
      return Dialog.EndOfTurn;
    }
    const field = state.asking;
    const answer = this.answerFrom(input, state);
    if (answer === undefined) return this.miss(dc.context, state, env, env.t('summary.typed_hint'));
    if (input.kind === 'action') {
      // Replace the clicked question with its answered, button-less version.
      setInvokeReply(dc.context, { card: questionCard(askFor(field, state.draft, env).text, [], state.nonce, answer.title) });
    }
    const accepted = acceptAnswer(field, { text: answer.value, choice: answer.value }, state.draft, env);
    if (!accepted.ok) {
      state.suggestions = accepted.choices?.map((c) => c.value);
      return this.miss(dc.context, state, env, accepted.message, accepted.choices);
    }
    state.draft = accepted.draft;
    await this.advance(dc.context, state);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const state = instance.state as State;
    if (state.asking === 'summary') await this.sendSummary(context, state);
    else await this.ask(context, state, this.env(context));
  }

  private env(context: TurnContext): FieldEnv {
    return { ...localeOf(context), today: this.deps.now() };
  }

  private answerFrom(input: DialogInput, state: State): { value: string; title: string } | undefined {
    if (input.kind === 'action' && input.verb === 'dialog.answer' && input.data.answer) return { value: input.data.answer, title: input.data.answer };
    if (input.kind !== 'message' || !input.text) return undefined;
    const yes = checkYesNo(input.text);
    if (state.suggestions?.length === 1 && yes.ok && yes.value) return { value: state.suggestions[0]!, title: input.text };
    return { value: input.text, title: input.text };
  }

  private async miss(context: TurnContext, state: State, env: FieldEnv, reason: string, choices?: Question['choices']): Promise<DialogTurnResult> {
    state.misses += 1;
    const tail = state.misses >= MISSES_BEFORE_OFFERING_CANCEL ? `\n\n${env.t('retry.third')}` : '';
    if (choices?.length) {
      state.nonce = randomUUID();
      await context.sendActivity({ attachments: [cardAttachment(questionCard(reason + tail, choices, state.nonce))] });
    } else {
      await context.sendActivity(reason + tail);
      await this.ask(context, state, env);
    }
    return Dialog.EndOfTurn;
  }

  private async advance(context: TurnContext, state: State): Promise<void> {
    state.misses = 0;
    state.suggestions = undefined;
    const next = nextMissingField(state.draft);
    if (next) {
      state.asking = next;
      await this.ask(context, state, this.env(context));
    } else {
      state.asking = 'summary';
      await this.sendSummary(context, state);
    }
  }

  private async ask(context: TurnContext, state: State, env: FieldEnv): Promise<void> {
    state.nonce = randomUUID();
    if (state.asking === 'summary') return;
    if (state.asking === 'editPick') {
      const choices = editableFields(state.draft).map((f) => ({ title: env.t(`field.${f}` as MessageKey), value: f }));
      await context.sendActivity({ attachments: [cardAttachment(questionCard(env.t('edit.pick'), choices, state.nonce))] });
      return;
    }
    const question: Question = state.asking === 'photo' ? { text: env.t('ask.photo') } : askFor(state.asking, state.draft, env);
    if (question.choices) await context.sendActivity({ attachments: [cardAttachment(questionCard(question.text, question.choices, state.nonce))] });
    else await context.sendActivity(question.text);
  }

  private async sendSummary(context: TurnContext, state: State): Promise<void> {
    state.nonce = randomUUID();
    const { t, locale } = localeOf(context);
    const card = cardholderSummaryCard(t, { ...summaryView(state.draft, t, locale, state.nonce, this.deps.thumbnailUrl), edit: !!state.editItemId });
    const sent = await context.sendActivity({ attachments: [cardAttachment(card)] });
    state.summaryActivityId = sent?.id;
  }

  private async onSummary(dc: DialogContext, state: State, env: FieldEnv, input: DialogInput): Promise<DialogTurnResult> {
    const action = input.kind === 'action' ? input.verb.replace(/^newcard\./, '') : input.kind === 'message' ? typedSummaryAction(input.text, env) : undefined;
    if (action !== 'add' && action !== 'edit' && action !== 'cancel') {
      await dc.context.sendActivity(env.t('summary.typed_hint'));
      return Dialog.EndOfTurn;
    }
    const outcomeKey = action === 'add' ? (state.editItemId ? 'cart.edit.saved_outcome' : 'summary.added') : action === 'edit' ? 'summary.editing' : 'summary.cancelled';
    if (action === 'add' && state.editItemId) {
      const { replaced } = await this.deps.replaceInCart(dc.context, state.editItemId, state.draft);
      const name = `${state.draft.firstName} ${state.draft.lastName}`;
      await this.closeSummary(dc.context, state, env, input.kind === 'action', env.t(replaced ? outcomeKey : 'summary.cancelled'));
      await dc.context.sendActivity(env.t(replaced ? 'cart.edit.saved' : 'cart.edit.gone_on_save', { name }));
      await this.deps.showCart(dc.context);
      return dc.endDialog();
    }
    if (action === 'add') {
      const { cartSize } = await this.deps.addToCart(dc.context, state.draft);
      const name = `${state.draft.firstName} ${state.draft.lastName}`;
      await dc.context.sendActivity(cartSize === 1 ? env.t('cart.added.one', { name }) : env.t('cart.added.many', { name, count: cartSize }));
    }
    await this.closeSummary(dc.context, state, env, input.kind === 'action', env.t(outcomeKey));
    if (action === 'edit') {
      state.asking = 'editPick';
      await this.ask(dc.context, state, env);
      return Dialog.EndOfTurn;
    }
    if (action === 'cancel') await dc.context.sendActivity(env.t(state.editItemId ? 'cart.edit.cancelled' : 'cancel.done'));
    return dc.endDialog();
  }

  /** The summary card turns read-only with the outcome: via the invoke reply, or updated in place. */
  private async closeSummary(context: TurnContext, state: State, env: FieldEnv, clicked: boolean, outcome: string): Promise<void> {
    const card = cardholderSummaryCard(env.t, { ...summaryView(state.draft, env.t, env.locale, state.nonce, this.deps.thumbnailUrl), outcome, edit: !!state.editItemId });
    if (clicked) setInvokeReply(context, { card });
    else if (state.summaryActivityId) {
      await context.updateActivity({ id: state.summaryActivityId, type: 'message', attachments: [cardAttachment(card)] }).catch(() => undefined);
    }
  }

  private async onEditPick(context: TurnContext, state: State, env: FieldEnv, input: DialogInput): Promise<DialogTurnResult> {
    const raw = input.kind === 'action' ? (input.data.answer ?? '') : input.kind === 'message' ? input.text : '';
    const fields = editableFields(state.draft);
    const folded = raw.trim().toLowerCase();
    const field = fields.find((f) => f.toLowerCase() === folded || env.t(`field.${f}` as MessageKey).toLowerCase() === folded);
    if (!field) return this.miss(context, state, env, env.t('edit.unknown', { input: raw.trim() }), fields.map((f) => ({ title: env.t(`field.${f}` as MessageKey), value: f })));
    if (input.kind === 'action') setInvokeReply(context, { card: questionCard(env.t('edit.pick'), [], state.nonce, env.t(`field.${field}` as MessageKey)) });
    state.draft = clearForEdit(state.draft, field);
    await this.advance(context, state);
    return Dialog.EndOfTurn;
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
