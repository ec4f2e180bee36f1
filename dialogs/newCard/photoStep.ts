import { cardAttachment } from '../../cards/render';
import { photoFindingsCard, RETRY_PHOTO, USE_PHOTO } from '../../cards/photoFindings';
import { photoQuestionCard } from '../../cards/photoQuestion';
import { questionCard } from '../../cards/question';
import type { InvokeReply } from '../../src/chat/invokeReply';
import { photoMessageKey } from '../../src/photos';
import type { DialogInput } from './cardAction';
import { cardholderName, type PhotoDraft } from './draft';
import type { NewCardDeps, NewCardEnv } from './deps';
import type { NewCardState } from './state';
import { progressText } from './progress';
import { GO_BACK, KEEP_ANSWER, PHOTO_LATER, previousStep, saysKeep, saysPhotoLater } from './moves';

/** What the photo step needs from the dialog around it. */
export interface DialogMoves {
  advance(state: NewCardState, env: NewCardEnv): Promise<void>;
  ask(state: NewCardState, env: NewCardEnv): Promise<void>;
  miss(state: NewCardState, env: NewCardEnv, reason: string): Promise<undefined>;
}

/** Typed words for a new upload link ("the link expired"): the question is asked again, no miss counted. */
const NEW_LINK_WORDS = ['upload', 'link', 'new link', 'ladda upp', 'länk', 'ny länk'];
const USE_WORDS = ['use anyway', 'use', 'use it', 'anyway', 'yes', 'y', 'ja', 'j', 'använd ändå', 'använd', 'ändå'];
const RETRY_WORDS = [
  'try another',
  'another',
  'try again',
  'retry',
  'new photo',
  'no',
  'n',
  'nej',
  'prova ett annat',
  'prova igen',
  'ett annat',
  'nytt foto',
];

const folded = (text: string) => text.trim().toLowerCase().replace(/[.!]$/, '');

/**
 * The photo question and the decision on soft findings. A photo arrives as an attachment (inline
 * image or Teams file) or, from the upload page, as a server-made `photo.uploaded` event turn
 * (the turn carries the stored photo); `deps.receivePhoto` turns either into a stored photo or a
 * specific refusal.
 */
export class PhotoStep {
  constructor(
    private readonly deps: NewCardDeps,
    private readonly moves: DialogMoves,
  ) {}

  async askPhoto(state: NewCardState, env: NewCardEnv): Promise<void> {
    const { t } = env;
    const uploadUrl = await this.deps.uploadLink?.(env.turn, cardholderName(state.draft));
    const has = !!state.draft.photo;
    const question = [t('ask.photo'), ...(uploadUrl ? [t('upload.hint')] : []), has ? t('ask.photo_current') : t('photo.later_hint')].join(
      '\n\n',
    );
    const choices = [
      ...(has ? [{ title: t('ask.keep'), value: KEEP_ANSWER }] : []),
      { title: t('photo.later'), value: PHOTO_LATER },
      ...(previousStep(state.draft, 'photo') ? [{ title: t('ask.back'), value: GO_BACK }] : []),
    ];
    const progress = has ? '' : progressText(state, env);
    const card = photoQuestionCard(t, { question, nonce: state.nonce, choices, progress, ...(uploadUrl ? { uploadUrl } : {}) });
    await env.turn.context.sendActivity({ attachments: [cardAttachment(card)] });
  }

  async askFindings(state: NewCardState, env: NewCardEnv): Promise<void> {
    await env.turn.context.sendActivity({ attachments: [cardAttachment(this.findingsCard(state, env))] });
  }

  async onPhoto(state: NewCardState, env: NewCardEnv, input: DialogInput): Promise<InvokeReply | undefined> {
    const said = input.kind === 'action' ? (input.data.answer ?? '') : input.kind === 'message' && !input.hasAttachments ? input.text : '';
    const answered = (title: string): InvokeReply | undefined =>
      input.kind === 'action' ? { card: questionCard(env.t('ask.photo'), [], state.nonce, title) } : undefined;
    if (said && state.draft.photo && saysKeep(said)) {
      const reply = answered(env.t('ask.keep'));
      await this.moves.advance(state, env);
      return reply;
    }
    if (said && saysPhotoLater(said)) {
      // The cardholder goes to the cart marked "photo needed"; a photo received earlier is let go.
      const reply = answered(env.t('photo.later'));
      const { photo: _dropped, ...rest } = state.draft;
      state.draft = { ...rest, photoLater: true };
      await this.moves.advance(state, env);
      return reply;
    }
    const receipt = await this.deps.receivePhoto(env.turn, env);
    if (!receipt) {
      // An event that carries no photo of ours (none the server made) is not an answer.
      if (input.kind === 'event') return undefined;
      if (input.kind === 'message' && NEW_LINK_WORDS.includes(folded(input.text))) {
        await this.moves.ask(state, env);
        return undefined;
      }
      return this.moves.miss(state, env, env.t('photo.missing'));
    }
    if (!receipt.ok) return this.moves.miss(state, env, receipt.message);
    await this.take(state, env, receipt.photo);
    return undefined;
  }

  async onFindings(state: NewCardState, env: NewCardEnv, input: DialogInput): Promise<InvokeReply | undefined> {
    // Sending another photo instead of answering is "try another" with that photo.
    if (input.kind === 'event' || (input.kind === 'message' && input.hasAttachments)) {
      state.asking = 'photo';
      delete state.pendingPhoto;
      return this.onPhoto(state, env, input);
    }
    const raw = input.kind === 'action' ? (input.data.answer ?? '') : input.kind === 'message' ? folded(input.text) : '';
    const choice =
      raw === USE_PHOTO || USE_WORDS.includes(raw) ? USE_PHOTO : raw === RETRY_PHOTO || RETRY_WORDS.includes(raw) ? RETRY_PHOTO : undefined;
    if (!choice || !state.pendingPhoto) return this.moves.miss(state, env, env.t('photo.findings.typed_hint'));
    const answered = env.t(choice === USE_PHOTO ? 'photo.findings.use' : 'photo.findings.retry');
    const reply: InvokeReply | undefined = input.kind === 'action' ? { card: this.findingsCard(state, env, answered) } : undefined;
    // "Use anyway" completes the photo; "try another" leaves it missing, so it is asked again.
    if (choice === USE_PHOTO) state.draft = { ...state.draft, photo: state.pendingPhoto };
    delete state.pendingPhoto;
    await this.moves.advance(state, env);
    return reply;
  }

  private async take(state: NewCardState, env: NewCardEnv, photo: PhotoDraft): Promise<void> {
    if (photo.findings.length === 0) {
      state.draft = { ...state.draft, photo };
      await this.moves.advance(state, env);
      return;
    }
    state.pendingPhoto = photo;
    state.asking = 'photoFindings';
    state.misses = 0;
    await this.moves.ask(state, env);
  }

  private findingsCard(state: NewCardState, env: NewCardEnv, answered?: string) {
    const photo = state.pendingPhoto;
    const findings = (photo?.findings ?? []).map((f) => env.t(photoMessageKey('finding', f.code, f.params), f.params));
    const thumbnailUrl = photo ? this.deps.thumbnailUrl(photo.id) : undefined;
    return photoFindingsCard(env.t, {
      findings,
      nonce: state.nonce,
      ...(thumbnailUrl ? { thumbnailUrl } : {}),
      ...(answered ? { answered } : {}),
    });
  }
}
