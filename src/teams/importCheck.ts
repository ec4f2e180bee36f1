import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import { importResultCard, type ImportResultView } from '../../cards/importCards';
import { cardAttachment } from '../../cards/render';
import { translator, type Locale } from '../i18n';
import type { Actor, ServiceContext } from '../services/context';
import { checkImport } from '../services/import/checkImport';
import type { BackgroundTasks } from './background';
import { errorMessageKey } from './serviceErrors';
import { importResultView } from './views/importResult';

export interface ImportCheckDeps {
  ctx: ServiceContext;
  background: BackgroundTasks;
  maxRows: number;
  reportUrl(jobId: string): string;
  /** Runs `logic` in the conversation later, outside the turn (proactive). */
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/** A received import file and the chat its result card goes to. */
export interface ImportFile {
  bytes: Buffer;
  fileName: string;
  reference: Partial<ConversationReference>;
  actor: Actor;
  locale: Locale;
}

/** Posts the first card; in a turn that is a reply, otherwise a proactive message. */
export type PostCard = (activity: Partial<Activity>) => Promise<ResourceResponse | undefined>;

function proactivePost(deps: ImportCheckDeps, reference: Partial<ConversationReference>): PostCard {
  return async (activity) => {
    let sent: ResourceResponse | undefined;
    await deps.continueConversation(reference, async (context) => {
      sent = await context.sendActivity(activity);
    });
    return sent;
  };
}

/**
 * The one way an import file is checked, whichever way it came in (a Teams file in the chat, or
 * the upload page): a "Checking…" result card in the conversation, then the check in the
 * background, updating that one card in place with progress and finally the result.
 */
export async function checkImportInChat(deps: ImportCheckDeps, file: ImportFile, post: PostCard = proactivePost(deps, file.reference)): Promise<void> {
  const { ctx } = deps;
  const t = translator(file.locale);
  const card = (view: Omit<ImportResultView, 'fileName'>): Partial<Activity> => ({
    type: 'message',
    attachments: [cardAttachment(importResultCard(t, { fileName: file.fileName, ...view }))],
  });
  const sent = await post(card({ status: t('bulk.card.checking') }));
  // Updates go out one after another, so a slow progress update never lands after the result.
  let updates: Promise<void> = Promise.resolve();
  const update = (view: Omit<ImportResultView, 'fileName'>): Promise<void> =>
    (updates = updates
      .catch(() => undefined)
      .then(() => deps.continueConversation(file.reference, async (later) => void (await later.updateActivity({ id: sent?.id, ...card(view) })))));
  deps.background.run('import.check', async () => {
    try {
      const onProgress = (done: number, total: number) => void update({ status: t('bulk.card.progress', { done, total }) }).catch(() => undefined);
      const result = await checkImport({ ctx, actor: file.actor, input: { bytes: file.bytes, fileName: file.fileName, locale: file.locale, maxRows: deps.maxRows, onProgress } });
      await update(importResultView(t, result, deps.reportUrl));
    } catch (err) {
      const refused = errorMessageKey(err, { what: 'import.check' }, ctx.log);
      if (refused) return update({ status: t(refused) });
      const ref = randomUUID().slice(0, 8);
      ctx.log.error({ event: 'import.failed', ref, err: { name: (err as Error).name, message: (err as Error).message, stack: (err as Error).stack } }, 'import check failed');
      await update({ status: t('bulk.card.failed', { ref }) });
    }
  });
}
