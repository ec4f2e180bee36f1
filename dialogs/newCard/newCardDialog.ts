import { randomUUID } from 'node:crypto';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../../cards/render';
import { replyToMiss } from '../retry';
import { questionCard, withProgress } from '../../cards/question';
import { localeOf } from '../../src/chat/turnText';
import { pricePerCardText } from '../../src/chat/priceText';
import type { ChatTurn } from '../../src/chat/turn';
import type { InvokeReply } from '../../src/chat/invokeReply';
import { checkYesNo } from '../../src/domain/person';
import type { ConversationDialog } from '../conversation';
import type { DialogInput } from './cardAction';
import { editableFields, nextMissingField } from './draft';
import { acceptAnswer, askFor } from './fields';
import type { Question } from './fieldTypes';
import { PhotoStep } from './photoStep';
import { progressText } from './progress';
import { NEW_CARD_DIALOG, type NewCardState as State } from './state';
import { SummaryStep } from './summaryStep';
import { PHOTO_UPLOADED_EVENT, type NewCardDeps, type NewCardEnv, type NewCardOptions } from './deps';
import type { MessageKey } from '../../src/i18n';
import { choiceTitle, currentAnswer, GO_BACK, KEEP_ANSWER, previousStep, reviseAnswer, saysKeep, shownAnswer } from './moves';

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
    if (input.kind === 'action' && input.data.answer === GO_BACK) {
      const reply = this.answeredCard(state, env, env.t('ask.back'));
      await this.back(dc, turn);
      return reply;
    }
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
    const current = currentAnswer(field, state.draft, env);
    const keep = current !== undefined && saysKeep(answer.value);
    // A click replaces the clicked question with its answered, button-less version.
    const reply =
      input.kind === 'action'
        ? this.answeredCard(
            state,
            env,
            keep ? `${env.t('ask.keep')}: ${shownAnswer(current)}` : choiceTitle(field, answer.value, state.draft, env),
          )
        : undefined;
    if (keep) {
      await this.advance(state, env);
      return reply;
    }
    const given = { text: answer.value, choice: answer.value };
    const accepted = current === undefined ? acceptAnswer(field, given, state.draft, env) : reviseAnswer(field, given, state.draft, env);
    if (!accepted.ok) {
      state.suggestions = accepted.choices?.map((c) => c.value);
      await this.miss(context, state, env, accepted.message, accepted.choices);
      return reply;
    }
    state.draft = accepted.draft;
    await this.advance(state, env);
    return reply;
  }

  /** The previous question again, showing its current answer (the answers after it are kept). */
  async back(dc: DialogContext, turn: ChatTurn): Promise<undefined> {
    const state = dc.activeDialog!.state as State;
    const env = this.env(turn);
    const previous = previousStep(state.draft, state.asking);
    if (!previous) {
      await turn.context.sendActivity(env.t('back.first'));
      await this.ask(state, env);
      return undefined;
    }
    delete state.pendingPhoto;
    state.asking = previous;
    state.misses = 0;
    state.suggestions = undefined;
    if (previous === 'summary') await this.summaryStep.send(state, env);
    else await this.ask(state, env);
    return undefined;
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
    if (input.kind === 'action' && input.verb === 'dialog.answer' && input.data.answer)
      return { value: input.data.answer, title: input.data.answer };
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
        // Every question past the first has Back; one that has an answer (Back, Edit) shows it, with Keep.
        const question = askFor(state.asking, state.draft, env);
        const current = currentAnswer(state.asking, state.draft, env);
        const asked = state.asking === 'cardType' ? await this.withPrice(question.text, env) : question.text;
        const text = current === undefined ? asked : `${asked}\n\n${env.t('ask.current', { answer: shownAnswer(current) })}`;
        const choices = [
          ...(question.choices ?? []),
          ...(current === undefined ? [] : [{ title: env.t('ask.keep'), value: KEEP_ANSWER }]),
          ...(previousStep(state.draft, state.asking) ? [{ title: env.t('ask.back'), value: GO_BACK }] : []),
        ];
        const progress = current === undefined ? progressText(state, env) : '';
        if (choices.length)
          await context.sendActivity({ attachments: [cardAttachment(questionCard(text, choices, state.nonce, '', progress))] });
        else await context.sendActivity(withProgress(progress, text));
      }
    }
  }

  /** The card-type question with the price per card, so the orderer knows it before the summary. */
  private async withPrice(question: string, env: NewCardEnv): Promise<string> {
    const pricing = await this.deps.pricing?.(env.turn);
    return pricing ? `${question}\n\n${env.t('ask.cardType.price', { price: pricePerCardText(env.t, env.locale, pricing) })}` : question;
  }

  /** The question the user clicked on, read-only with what they chose. */
  private answeredCard(state: State, env: NewCardEnv, title: string): InvokeReply | undefined {
    switch (state.asking) {
      case 'summary':
      case 'photoFindings':
        return undefined;
      case 'editPick':
        return { card: questionCard(env.t('edit.pick'), [], state.nonce, title) };
      case 'photo':
        return { card: questionCard(env.t('ask.photo'), [], state.nonce, title) };
      default:
        return { card: questionCard(askFor(state.asking, state.draft, env).text, [], state.nonce, title) };
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
    const reply = input.kind === 'action' ? this.answeredCard(state, env, env.t(`field.${field}` as MessageKey)) : undefined;
    // The field is asked showing its current answer; the draft changes only when a new one is given.
    state.asking = field;
    state.misses = 0;
    await this.ask(state, env);
    return reply;
  }
}
