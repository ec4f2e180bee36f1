import { randomUUID } from 'node:crypto';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../../cards/render';
import { replyToMiss } from '../retry';
import { questionCard } from '../../cards/question';
import { localeOf } from '../../src/chat/turnText';
import type { ChatTurn } from '../../src/chat/turn';
import type { InvokeReply } from '../../src/chat/invokeReply';
import { checkYesNo } from '../../src/domain/person';
import type { ConversationDialog } from '../conversation';
import type { DialogInput } from './cardAction';
import { clearForEdit, editableFields, nextMissingField } from './draft';
import { acceptAnswer, askFor } from './fields';
import type { Question } from './fieldTypes';
import { PhotoStep } from './photoStep';
import { NEW_CARD_DIALOG, type NewCardState as State } from './state';
import { SummaryStep } from './summaryStep';
import { PHOTO_UPLOADED_EVENT, type NewCardDeps, type NewCardEnv, type NewCardOptions } from './deps';
import type { MessageKey } from '../../src/i18n';

export { NEW_CARD_DIALOG } from './state';
export { PHOTO_UPLOADED_EVENT, type NewCardDeps, type NewCardEnv, type NewCardOptions, type PhotoReceipt } from './deps';

/**
 * One question per turn until the draft is complete, then a summary with Add to cart / Edit /
 * Cancel. The whole state lives in dialog state, saved after every turn.
 */
export class NewCardDialog extends Dialog<NewCardOptions> implements ConversationDialog {
  private readonly photoStep: PhotoStep;
  private readonly summaryStep: SummaryStep;

  constructor(private readonly deps: NewCardDeps) {
    super(NEW_CARD_DIALOG);
    this.photoStep = new PhotoStep(deps, {
      advance: (state, env) => this.advance(state, env),
      ask: (state, env) => this.ask(state, env),
      miss: (state, env, reason) => this.miss(env.turn.context, state, env, reason),
    });
    this.summaryStep = new SummaryStep(deps, (state, env) => this.ask(state, env));
  }

  override async beginDialog(dc: DialogContext, options?: NewCardOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('the new-card dialog starts with the turn');
    const state: State = options.edit
      ? { draft: options.edit.draft, asking: 'summary', misses: 0, nonce: '', editItemId: options.edit.itemId }
      : { draft: {}, asking: 'firstName', misses: 0, nonce: '' };
    dc.activeDialog!.state = state;
    await this.advance(state, this.env(options.turn));
    return Dialog.EndOfTurn;
  }

  override continueDialog(): Promise<DialogTurnResult> {
    throw new Error('the new-card dialog is answered through answer(), which gets the turn');
  }

  async answer(dc: DialogContext, turn: ChatTurn, input: DialogInput): Promise<InvokeReply | undefined> {
    const state = dc.activeDialog!.state as State;
    const env = this.env(turn);
    const { context } = turn;
    if (input.kind === 'action' && input.data.nonce !== state.nonce) return { message: env.t('error.card_stale') };
    if (state.asking === 'photo') return this.photoStep.onPhoto(state, env, input);
    if (state.asking === 'photoFindings') return this.photoStep.onFindings(state, env, input);
    if (input.kind === 'event') {
      // An upload finished after the dialog moved on: say so instead of dropping it silently.
      if (input.name === PHOTO_UPLOADED_EVENT) await context.sendActivity(env.t('upload.not_waiting'));
      return undefined;
    }
    if (state.asking === 'summary') return this.summaryStep.onAnswer(dc, state, env, input);
    if (state.asking === 'editPick') return this.onEditPick(state, env, input);
    const field = state.asking;
    const answer = this.answerFrom(input, state);
    if (answer === undefined) return this.miss(context, state, env, env.t('summary.typed_hint'));
    // A click replaces the clicked question with its answered, button-less version.
    const reply: InvokeReply | undefined =
      input.kind === 'action' ? { card: questionCard(askFor(field, state.draft, env).text, [], state.nonce, answer.title) } : undefined;
    const accepted = acceptAnswer(field, { text: answer.value, choice: answer.value }, state.draft, env);
    if (!accepted.ok) {
      state.suggestions = accepted.choices?.map((c) => c.value);
      await this.miss(context, state, env, accepted.message, accepted.choices);
      return reply;
    }
    state.draft = accepted.draft;
    await this.advance(state, env);
    return reply;
  }

  async reprompt(dc: DialogContext, turn: ChatTurn): Promise<void> {
    const state = dc.activeDialog!.state as State;
    const env = this.env(turn);
    if (state.asking === 'summary') await this.summaryStep.send(state, env);
    else await this.ask(state, env);
  }

  private env(turn: ChatTurn): NewCardEnv {
    return { ...localeOf(turn.context), today: this.deps.now(), turn };
  }

  private answerFrom(input: DialogInput, state: State): { value: string; title: string } | undefined {
    if (input.kind === 'action' && input.verb === 'dialog.answer' && input.data.answer) return { value: input.data.answer, title: input.data.answer };
    if (input.kind !== 'message' || !input.text) return undefined;
    const yes = checkYesNo(input.text);
    if (state.suggestions?.length === 1 && yes.ok && yes.value) return { value: state.suggestions[0]!, title: input.text };
    return { value: input.text, title: input.text };
  }

  private miss(context: TurnContext, state: State, env: NewCardEnv, reason: string, choices?: Question['choices']): Promise<undefined> {
    return replyToMiss(context, state, env.t, reason, choices, () => this.ask(state, env));
  }

  private async advance(state: State, env: NewCardEnv): Promise<void> {
    state.misses = 0;
    state.suggestions = undefined;
    const next = nextMissingField(state.draft);
    if (next) {
      state.asking = next;
      await this.ask(state, env);
    } else {
      state.asking = 'summary';
      await this.summaryStep.send(state, env);
    }
  }

  private async ask(state: State, env: NewCardEnv): Promise<void> {
    const { context } = env.turn;
    state.nonce = randomUUID();
    switch (state.asking) {
      case 'summary':
        return;
      case 'editPick': {
        const choices = editableFields(state.draft).map((f) => ({ title: env.t(`field.${f}` as MessageKey), value: f }));
        await context.sendActivity({ attachments: [cardAttachment(questionCard(env.t('edit.pick'), choices, state.nonce))] });
        return;
      }
      case 'photo':
        return this.photoStep.askPhoto(state, env);
      case 'photoFindings':
        return this.photoStep.askFindings(state, env);
      default: {
        const question = askFor(state.asking, state.draft, env);
        if (question.choices) await context.sendActivity({ attachments: [cardAttachment(questionCard(question.text, question.choices, state.nonce))] });
        else await context.sendActivity(question.text);
      }
    }
  }

  private async onEditPick(state: State, env: NewCardEnv, input: DialogInput): Promise<InvokeReply | undefined> {
    const raw = input.kind === 'action' ? (input.data.answer ?? '') : input.kind === 'message' ? input.text : '';
    const fields = editableFields(state.draft);
    const folded = raw.trim().toLowerCase();
    const field = fields.find((f) => f.toLowerCase() === folded || env.t(`field.${f}` as MessageKey).toLowerCase() === folded);
    if (!field) {
      const choices = fields.map((f) => ({ title: env.t(`field.${f}` as MessageKey), value: f }));
      return this.miss(env.turn.context, state, env, env.t('edit.unknown', { input: raw.trim() }), choices);
    }
    const reply: InvokeReply | undefined = input.kind === 'action' ? { card: questionCard(env.t('edit.pick'), [], state.nonce, env.t(`field.${field}` as MessageKey)) } : undefined;
    state.draft = clearForEdit(state.draft, field);
    await this.advance(state, env);
    return reply;
  }
}
