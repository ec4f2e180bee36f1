import type { ConversationReference } from 'botbuilder';
import { localeFrom } from '../i18n';
import type { ImportUploadOutcome } from '../services/uploads/acceptImportUpload';
import { checkImportInChat, type ImportCheckDeps } from './importCheck';

export type ReceivedImport = Extract<ImportUploadOutcome, { ok: true }>;

/**
 * The chat side of an import file sent through the upload page: the result card goes into the
 * conversation the link was made in, and the file is checked exactly like a Teams file sent there.
 * Runs after the page got its answer, as a background task (so shutdown waits for it).
 */
export function createImportUploadContinuation(deps: ImportCheckDeps) {
  const { ctx } = deps;

  async function continueWithImport({ token, bytes, fileName }: ReceivedImport): Promise<void> {
    const stored = await ctx.store.conversations.get(token.conversationId, token.personId);
    if (!stored) {
      ctx.log.warn({ event: 'upload.no_conversation', personId: token.personId, purpose: token.purpose }, 'no conversation reference to continue after an upload');
      return;
    }
    await checkImportInChat(deps, {
      bytes,
      fileName,
      reference: stored.reference as Partial<ConversationReference>,
      actor: { personId: token.personId, tenantId: token.tenantId },
      locale: localeFrom(token.locale),
    });
  }

  return {
    /** Starts the continuation; failures are logged by the background tasks. */
    start(upload: ReceivedImport): void {
      deps.background.run('import.upload', () => continueWithImport(upload));
    },
  };
}
