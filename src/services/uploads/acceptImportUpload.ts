import type { ServiceContext } from '../context';
import { displayFileName } from '../../import';
import type { UploadToken } from '../../store/ports';
import { tokenState, type TokenState } from './issueUploadToken';

export type ImportUploadOutcome =
  /** Received: the link is used up; the file is checked in the chat afterwards. */
  | { ok: true; token: UploadToken; bytes: Buffer; fileName: string }
  /** Nothing was sent; the link stays usable. */
  | { ok: false; kind: 'empty' }
  /** The link itself no longer works (or is not an import link). */
  | { ok: false; kind: 'link'; state: Exclude<TokenState, 'usable'>; token?: UploadToken };

/**
 * A bulk-import file through an upload link. The file is only received here: the link is consumed
 * atomically (one of two simultaneous uploads wins) and the check runs in the chat, like a file
 * sent in Teams, so a file with problems is explained on the result card there.
 */
export async function acceptImportUpload({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { tokenId: string; bytes: Buffer; fileName?: string };
}): Promise<ImportUploadOutcome> {
  const token = await ctx.store.uploads.get(input.tokenId);
  const state = token?.purpose === 'import' ? tokenState(token, ctx.now()) : 'unknown';
  if (!token || state !== 'usable') return { ok: false, kind: 'link', state: state as Exclude<TokenState, 'usable'>, token };
  if (input.bytes.length === 0) return { ok: false, kind: 'empty' };

  const consumed = await ctx.store.uploads.consume(token.id, ctx.now());
  if (!consumed) {
    const now = tokenState(await ctx.store.uploads.get(token.id), ctx.now());
    return { ok: false, kind: 'link', state: now === 'usable' ? 'used' : now, token };
  }
  ctx.log.info(
    { event: 'upload.import_received', personId: token.personId, bytes: input.bytes.length },
    'import file received through a link',
  );
  return { ok: true, token: consumed, bytes: input.bytes, fileName: displayFileName(input.fileName) };
}
