import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { UploadedPhoto } from '../../../chat/turn';
import { PHOTO_UPLOADED_EVENT } from '../../../../dialogs/newCard/newCardDialog';
import type { BackgroundTasks } from '../../background';
import type { ServiceContext } from '../../../services/context';
import type { UploadOutcome } from '../../../services/uploads/acceptUpload';

/**
 * The chat side of the photo upload page: the proactive turn that continues the dialog once a
 * photo came in through a link (the links themselves: uploadLinks.ts).
 */
export interface UploadContinuationDeps {
  ctx: ServiceContext;
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** Empty in local mode (anonymous connector). */
  botAppId: string;
  /**
   * The bot's whole turn pipeline (capture, routing, dialog, state save). Only this server-made
   * turn passes a photo, so an `event` activity posted to /api/messages with a photo id in its
   * value is never taken for an upload.
   */
  runTurn(context: TurnContext, extra: { uploadedPhoto: UploadedPhoto }): Promise<void>;
  /** Runs the continuation after the upload's HTTP answer; shutdown waits for it. */
  background: BackgroundTasks;
}

/**
 * After an upload: a proactive turn in the stored conversation, shaped as a `photo.uploaded`
 * event, runs through the same bot pipeline, so the dialog's photo step takes the photo and the
 * next question (or the summary) appears in the chat. Runs after the page got its answer.
 */
export function createUploadContinuation(deps: UploadContinuationDeps) {
  const { ctx } = deps;

  async function continueWithUpload(upload: Extract<UploadOutcome, { ok: true }>): Promise<void> {
    const { token, photo, findings } = upload;
    const stored = await ctx.store.conversations.get(token.conversationId, token.personId);
    if (!stored) {
      ctx.log.warn({ event: 'upload.no_conversation', personId: token.personId }, 'no conversation reference to continue after an upload');
      return;
    }
    const reference = stored.reference as Partial<ConversationReference>;
    await deps.adapter.continueConversationAsync(deps.botAppId, reference, async (context) => {
      const activity = context.activity;
      activity.name = PHOTO_UPLOADED_EVENT;
      activity.value = { photoId: photo.id };
      activity.locale = token.locale;
      activity.channelData = { ...(activity.channelData ?? {}), tenant: { id: token.tenantId } };
      await deps.runTurn(context, { uploadedPhoto: { id: photo.id, findings } });
    });
  }

  return {
    /** Starts the continuation; failures are logged (the photo is saved either way). */
    start(upload: Extract<UploadOutcome, { ok: true }>): void {
      deps.background.run('upload.continue', () =>
        continueWithUpload(upload).catch((err: Error & { statusCode?: number }) => {
          ctx.log.error(
            { event: 'upload.continue_failed', personId: upload.token.personId, status: err.statusCode, reason: err.message },
            'could not continue the chat after an upload',
          );
        }),
      );
    },
  };
}
