import type { ConversationReference } from 'botbuilder';
import { localeFrom } from '../../../i18n';
import type { ImportUploadOutcome } from '../../../services/uploads/acceptImportUpload';
import { acceptImportFile, runImportCheck, type ImportCheckDeps } from './importCheck';

export type ReceivedImport = Extract<ImportUploadOutcome, { ok: true }>;

/**
 * The chat side of an import file sent through the upload page: the result card goes into the
 * conversation the link was made in, and the file is checked exactly like a Teams file sent there.
 * The file is stored before the page gets its answer (a crash afterwards resumes the check); the
 * card and the check run after it, as a background task (so shutdown waits for it).
 */
export function createImportUploadContinuation(deps: ImportCheckDeps) {
  const { ctx } = deps;

  async function acceptImport({ token, bytes, fileName }: ReceivedImport) {
    const stored = await ctx.store.conversations.get(token.conversationId, token.personId);
    if (!stored) {
      ctx.log.warn(
        { event: 'upload.no_conversation', personId: token.personId, purpose: token.purpose },
        'no conversation reference to continue after an upload',
      );
      return;
    }
    return acceptImportFile(deps, {
      bytes,
      fileName,
      reference: stored.reference as Partial<ConversationReference>,
      actor: { personId: token.personId, tenantId: token.tenantId },
      locale: localeFrom(token.locale),
    });
  }

  return {
    /** Stores the file, then starts the check in the background; its failures are logged by the background tasks. */
    async start(upload: ReceivedImport): Promise<void> {
      const check = await acceptImport(upload);
      if (check) deps.background.run('import.upload', () => runImportCheck(deps, check));
    },
  };
}
