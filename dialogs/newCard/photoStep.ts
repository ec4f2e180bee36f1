import { Dialog, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../../cards/render';
import { photoFindingsCard, RETRY_PHOTO, USE_PHOTO } from '../../cards/photoFindings';
import { photoQuestionCard } from '../../cards/photoQuestion';
import { setInvokeReply } from '../../src/chat/invokeReply';
import { photoMessageKey } from '../../src/photos';
import type { DialogInput } from './cardAction';
import type { PhotoDraft } from './draft';
import type { FieldEnv } from './fieldTypes';
import type { NewCardDeps } from './deps';
import type { NewCardState } from './state';

/** What the photo step needs from the dialog around it. */
export interface DialogMoves {
  advance(context: TurnContext, state: NewCardState): Promise<void>;
  ask(context: TurnContext, state: NewCardState, env: FieldEnv): Promise<void>;
  miss(context: TurnContext, state: NewCardState, env: FieldEnv, reason: string): Promise<DialogTurnResult>;
}

/** Typed words for a new upload link ("the link expired"): the question is asked again, no miss counted. */
const NEW_LINK_WORDS = ['upload', 'link', 'new link', 'ladda upp', 'länk', 'ny länk'];
const USE_WORDS = ['use anyway', 'use', 'use it', 'anyway', 'yes', 'y', 'ja', 'j', 'använd ändå', 'använd', 'ändå'];
const RETRY_WORDS = ['try another', 'another', 'try again', 'retry', 'new photo', 'no', 'n', 'nej', 'prova ett annat', 'prova igen', 'ett annat', 'nytt foto'];

const folded = (text: string) => text.trim().toLowerCase().replace(/[.!]$/, '');

/**
 * The photo question and the decision on soft findings. A photo arrives as an attachment (inline
 * image or Teams file) or, from the upload page, as a server-made `photo.uploaded` event turn;
 * `deps.receivePhoto` turns either into a stored photo or a specific refusal.
 */
export class PhotoStep {
  constructor(
    private readonly deps: NewCardDeps,
    private readonly moves: DialogMoves,
  ) {}

  async askPhoto(context: TurnContext, state: NewCardState, env: FieldEnv): Promise<void> {
    const uploadUrl = await this.deps.uploadLink?.(context);
    const question = uploadUrl ? `${env.t('ask.photo')}\n\n${env.t('upload.hint')}` : env.t('ask.photo');
    const card = photoQuestionCard(env.t, { question, nonce: state.nonce, ...(uploadUrl ? { uploadUrl } : {}) });
    await context.sendActivity({ attachments: [cardAttachment(card)] });
  }

  async askFindings(context: TurnContext, state: NewCardState, env: FieldEnv): Promise<void> {
    await context.sendActivity({ attachments: [cardAttachment(this.findingsCard(state, env))] });
  }

  async onPhoto(context: TurnContext, state: NewCardState, env: FieldEnv, input: DialogInput): Promise<DialogTurnResult> {
    const receipt = await this.deps.receivePhoto(context, env);
    if (!receipt) {
      // An event that carries no photo of ours (none the server made) is not an answer.
      if (input.kind === 'event') return Dialog.EndOfTurn;
      if (input.kind === 'message' && NEW_LINK_WORDS.includes(folded(input.text))) {
        await this.moves.ask(context, state, env);
        return Dialog.EndOfTurn;
      }
      return this.moves.miss(context, state, env, env.t('photo.missing'));
    }
    if (!receipt.ok) return this.moves.miss(context, state, env, receipt.message);
    return this.take(context, state, env, receipt.photo);
  }

  async onFindings(context: TurnContext, state: NewCardState, env: FieldEnv, input: DialogInput): Promise<DialogTurnResult> {
    // Sending another photo instead of answering is "try another" with that photo.
    if (input.kind === 'event' || (input.kind === 'message' && input.hasAttachments)) {
      state.asking = 'photo';
      delete state.pendingPhoto;
      return this.onPhoto(context, state, env, input);
    }
    const raw = input.kind === 'action' ? (input.data.answer ?? '') : input.kind === 'message' ? folded(input.text) : '';
    const choice = raw === USE_PHOTO || USE_WORDS.includes(raw) ? USE_PHOTO : raw === RETRY_PHOTO || RETRY_WORDS.includes(raw) ? RETRY_PHOTO : undefined;
    if (!choice || !state.pendingPhoto) return this.moves.miss(context, state, env, env.t('photo.findings.typed_hint'));
    if (input.kind === 'action') {
      const answered = env.t(choice === USE_PHOTO ? 'photo.findings.use' : 'photo.findings.retry');
      setInvokeReply(context, { card: this.findingsCard(state, env, answered) });
    }
    // "Use anyway" completes the photo; "try another" leaves it missing, so it is asked again.
    if (choice === USE_PHOTO) state.draft = { ...state.draft, photo: state.pendingPhoto };
    delete state.pendingPhoto;
    await this.moves.advance(context, state);
    return Dialog.EndOfTurn;
  }

  private async take(context: TurnContext, state: NewCardState, env: FieldEnv, photo: PhotoDraft): Promise<DialogTurnResult> {
    if (photo.findings.length === 0) {
      state.draft = { ...state.draft, photo };
      await this.moves.advance(context, state);
      return Dialog.EndOfTurn;
    }
    state.pendingPhoto = photo;
    state.asking = 'photoFindings';
    state.misses = 0;
    await this.moves.ask(context, state, env);
    return Dialog.EndOfTurn;
  }

  private findingsCard(state: NewCardState, env: FieldEnv, answered?: string) {
    const photo = state.pendingPhoto;
    const findings = (photo?.findings ?? []).map((f) => env.t(photoMessageKey('finding', f.code, f.params), f.params));
    const thumbnailUrl = photo ? this.deps.thumbnailUrl(photo.id) : undefined;
    return photoFindingsCard(env.t, { findings, nonce: state.nonce, ...(thumbnailUrl ? { thumbnailUrl } : {}), ...(answered ? { answered } : {}) });
  }
}
