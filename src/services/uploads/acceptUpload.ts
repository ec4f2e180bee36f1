import { facesOf, type ServiceContext } from '../context';
import { processPhoto, type PhotoFailure, type PhotoFinding } from '../../photos';
import type { StoredPhoto, UploadToken } from '../../store/ports';
import { tokenState, type TokenState } from './issueUploadToken';

export type UploadOutcome =
  | { ok: true; token: UploadToken; photo: StoredPhoto; findings: PhotoFinding[] }
  /** The photo cannot be used; the link stays usable for another try. */
  | { ok: false; kind: 'photo'; failure: PhotoFailure; token: UploadToken }
  /** The link itself no longer works. */
  | { ok: false; kind: 'link'; state: Exclude<TokenState, 'usable'>; token?: UploadToken };

/**
 * An upload through a link: the photo pipeline first (a refused photo does not use the link up),
 * then, in one transaction, the link is consumed and the normalised photo saved. The original
 * bytes are never stored.
 */
export async function acceptUpload({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tokenId: string; bytes: Buffer };
}): Promise<UploadOutcome> {
  const token = await ctx.store.uploads.get(input.tokenId);
  // An import link takes a file, not a photo: for this use case it is no link at all.
  const state = token?.purpose === 'cardholder-photo' ? tokenState(token, ctx.now()) : 'unknown';
  if (!token || state !== 'usable') return { ok: false, kind: 'link', state: state as Exclude<TokenState, 'usable'>, token };

  const outcome = await processPhoto(input.bytes, { faces: facesOf(ctx) });
  if (!outcome.ok) {
    ctx.log.info({ event: 'upload.photo_refused', personId: token.personId, code: outcome.failure.code }, 'uploaded photo refused');
    return { ok: false, kind: 'photo', failure: outcome.failure, token };
  }
  const done = await ctx.store.uploads.consumeWithPhoto(token.id, ctx.now(), {
    ownerPersonId: token.personId,
    jpeg: outcome.photo,
    thumbnail: outcome.thumbnail,
    findings: outcome.findings,
  });
  if (!done) {
    // Another request used the link (or it expired) while this photo was being processed.
    const now = tokenState(await ctx.store.uploads.get(token.id), ctx.now());
    return { ok: false, kind: 'link', state: now === 'usable' ? 'used' : now, token };
  }
  ctx.log.info(
    {
      event: 'upload.accepted',
      personId: token.personId,
      photoId: done.photo.id,
      findings: outcome.findings.map((f) => f.code),
      face: outcome.face,
    },
    'photo uploaded',
  );
  return { ok: true, token: done.token, photo: done.photo, findings: outcome.findings };
}
