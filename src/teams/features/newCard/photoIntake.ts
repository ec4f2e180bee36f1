import type { PhotoReceipt } from '../../../../dialogs/newCard/newCardDialog';
import type { FieldEnv } from '../../../../dialogs/newCard/fieldTypes';
import { facesOf, type ServiceContext } from '../../../services/context';
import { processPhoto, photoMessageKey } from '../../../photos';
import { PHOTO_MAX_BYTES } from '../../../domain/photo-rules';
import {
  AttachmentTooLargeError,
  downloadAttachment,
  downloadFailureMessage,
  imageAttachments,
  type AttachmentHosts,
} from '../../attachments';
import type { ChatTurn } from '../../../chat/turn';

/**
 * Photos sent in the chat (inline image or Teams file) go through the photo pipeline; only the
 * normalised JPEG and thumbnail are stored. A photo from the upload page arrives already stored.
 * Returns undefined when the turn carries no photo.
 */
const DOWNLOAD_CAP = 4 * PHOTO_MAX_BYTES;

export function createPhotoIntake(ctx: ServiceContext, hosts: AttachmentHosts) {
  return async function receivePhoto(turn: ChatTurn, env: FieldEnv): Promise<PhotoReceipt | undefined> {
    const { context } = turn;
    // From the upload page: already checked, normalised and stored by the upload route.
    if (turn.uploadedPhoto) return { ok: true, photo: turn.uploadedPhoto };
    const [attachment] = imageAttachments(context.activity.attachments);
    if (!attachment) return undefined;
    await context.sendActivity({ type: 'typing' });
    let bytes: Buffer;
    try {
      // Read up to 4x the limit so the pipeline can tell the user the real size; beyond that, stop.
      bytes = await downloadAttachment(context, attachment, DOWNLOAD_CAP, hosts);
    } catch (err) {
      if (err instanceof AttachmentTooLargeError)
        return {
          ok: false,
          message: env.t(photoMessageKey('failure', 'too_large_bytes'), {
            sizeMb: `> ${DOWNLOAD_CAP / 1024 / 1024}`,
            maxMb: PHOTO_MAX_BYTES / 1024 / 1024,
          }),
        };
      return { ok: false, message: downloadFailureMessage(err, ctx.log, env.t) };
    }
    const outcome = await processPhoto(bytes, { faces: facesOf(ctx) });
    if (!outcome.ok) {
      ctx.log.info({ event: 'photo.refused', code: outcome.failure.code }, 'photo refused');
      return {
        ok: false,
        message: env.t(photoMessageKey('failure', outcome.failure.code, outcome.failure.params), outcome.failure.params),
      };
    }
    ctx.log.info({ event: 'photo.accepted', findings: outcome.findings.map((f) => f.code), face: outcome.face }, 'photo accepted');
    const saved = await ctx.store.photos.save({
      ownerPersonId: turn.person.person.id,
      jpeg: outcome.photo,
      thumbnail: outcome.thumbnail,
      findings: outcome.findings,
    });
    return { ok: true, photo: { id: saved.id, findings: outcome.findings } };
  };
}
