import { randomUUID } from 'node:crypto';
import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../../cards/render';
import { replyToMiss } from '../retry';
import { questionCard } from '../../cards/question';
import { localeOf, messageText } from '../../src/chat/turnText';
import { setInvokeReply } from '../../src/chat/invokeReply';
import { checkYesNo } from '../../src/domain/person';
import { readDialogInput, type DialogInput } from './cardAction';
import { clearForEdit, editableFields, nextMissingField, type Draft, type PhotoDraft } from './draft';
import { acceptAnswer, askFor } from './fields';
import type { FieldEnv, Question } from './fieldTypes';
import { PhotoStep } from './photoStep';
import { NEW_CARD_DIALOG, type NewCardState as State } from './state';
import { SummaryStep } from './summaryStep';
import { PHOTO_UPLOADED_EVENT, type NewCardDeps, type NewCardOptions } from './deps';
import type { MessageKey } from '../../src/i18n';

export { NEW_CARD_DIALOG } from './state';
export { PHOTO_UPLOADED_EVENT, type NewCardDeps, type NewCardOptions, type PhotoReceipt } from './deps';

/**
 * One question per turn until the draft is complete, then a summary with Add to cart / Edit /
 * Cancel. The whole state lives in dialog state, saved after every turn.
 */
export class NewCardDialog extends Dialog<NewCardOptions> {
  private readonly photoStep: PhotoStep;
  private readonly summaryStep: SummaryStep;

  constructor(private readonly deps: NewCardDeps) {
    super(NEW_CARD_DIALOG);
    this.photoStep = new PhotoStep(deps, {
      advance: (context, state) => this.advance(context, state),
      ask: (context, state, env) => this.ask(context, state, env),
      miss: (context, state, env, reason) => this.miss(context, state, env, reason),
    });
    this.summaryStep = new SummaryStep(deps, (context, state, env) => this.ask(context, state, env));
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
    if (state.asking === 'photo') return this.photoStep.onPhoto(dc.context, state, env, input);
    if (state.asking === 'photoFindings') return this.photoStep.onFindings(dc.context, state, env, input);
    if (input.kind === 'event') {
      // An upload finished after the dialog moved on: say so instead of dropping it silently.
      if (input.name === PHOTO_UPLOADED_EVENT) await dc.context.sendActivity(env.t('upload.not_waiting'));
      return Dialog.EndOfTurn;
    }
    if (state.asking === 'summary') return this.summaryStep.onAnswer(dc, state, env, input);
    if (state.asking === 'editPick') return this.onEditPick(dc.context, state, env, input);
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
    if (state.asking === 'summary') await this.summaryStep.send(context, state, this.env(context));
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

  private miss(context: TurnContext, state: State, env: FieldEnv, reason: string, choices?: Question['choices']): Promise<DialogTurnResult> {
    return replyToMiss(context, state, env.t, reason, choices, () => this.ask(context, state, env));
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
      await this.summaryStep.send(context, state, this.env(context));
    }
  }

  private async ask(context: TurnContext, state: State, env: FieldEnv): Promise<void> {
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
        return this.photoStep.askPhoto(context, state, env);
      case 'photoFindings':
        return this.photoStep.askFindings(context, state, env);
      default: {
        const question = askFor(state.asking, state.draft, env);
        if (question.choices) await context.sendActivity({ attachments: [cardAttachment(questionCard(question.text, question.choices, state.nonce))] });
        else await context.sendActivity(question.text);
      }
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
