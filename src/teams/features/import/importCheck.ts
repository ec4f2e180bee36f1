import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference, ResourceResponse, TurnContext } from 'botbuilder';
import { importResultCard, type ImportResultView } from '../../../../cards/importCards';
import { cardAttachment } from '../../../../cards/render';
import { localeFrom, translator, type Locale } from '../../../i18n';
import type { Actor, ServiceContext } from '../../../services/context';
import { checkImport } from '../../../services/import/checkImport';
import type { PendingImportCheck } from '../../../store/ports';
import type { BackgroundTasks } from '../../background';
import { errorMessageKey } from '../../serviceErrors';
import { importResultView } from './importResultView';

/** How long a running check holds its lease; it is renewed a few times within, so only a dead process lets it run out. */
export const IMPORT_CHECK_LEASE_MS = 60_000;

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

const leaseFrom = (ctx: ServiceContext) => new Date(ctx.now().getTime() + IMPORT_CHECK_LEASE_MS);

/** Stores the accepted file before anything else happens to it, so a crash from here on cannot lose it. */
export function acceptImportFile(deps: ImportCheckDeps, file: ImportFile): Promise<PendingImportCheck> {
  return deps.ctx.store.importChecks.create({
    personId: file.actor.personId,
    tenantId: file.actor.tenantId,
    locale: file.locale,
    fileName: file.fileName,
    file: file.bytes,
    reference: file.reference as Record<string, unknown>,
    leaseUntil: leaseFrom(deps.ctx),
  });
}

/**
 * The one way an import file is checked, whichever way it came in (a Teams file in the chat, the
 * upload page, or a check resumed after a restart): a "Checking…" result card in the conversation
 * (unless it is already there), then the check in the background, updating that one card in place
 * with progress and finally the result. The stored file is dropped once the card shows the end.
 */
export async function runImportCheck(deps: ImportCheckDeps, check: PendingImportCheck, post?: PostCard): Promise<void> {
  const card = importCard(check);
  const reference = check.reference as Partial<ConversationReference>;
  let cardId = check.cardActivityId ?? undefined;
  if (!cardId) {
    cardId = (await (post ?? proactivePost(deps, reference))(card({ status: card.t('bulk.card.checking') })))?.id;
    if (cardId) await deps.ctx.store.importChecks.setCard(check.id, cardId);
  }
  const update = cardUpdates(deps, reference, cardId, card);
  deps.background.run('import.check', () => checkInBackground(deps, check, update));
}

async function checkInBackground(
  deps: ImportCheckDeps,
  check: PendingImportCheck,
  update: (view: CardView) => Promise<void>,
): Promise<void> {
  const { ctx } = deps;
  const t = translator(localeFrom(check.locale));
  const renew = setInterval(
    () => void ctx.store.importChecks.renew(check.id, leaseFrom(ctx)).catch(() => undefined),
    IMPORT_CHECK_LEASE_MS / 4,
  );
  try {
    const onProgress = (done: number, total: number) =>
      void update({ status: t('bulk.card.progress', { done, count: total }) }).catch(() => undefined);
    const actor = { personId: check.personId, tenantId: check.tenantId };
    const result = await checkImport({
      ctx,
      actor,
      input: { bytes: check.file, fileName: check.fileName, locale: localeFrom(check.locale), maxRows: deps.maxRows, onProgress },
    });
    await update(importResultView(t, result, deps.reportUrl));
  } catch (err) {
    const refused = errorMessageKey(err, { what: 'import.check' }, ctx.log);
    if (refused) {
      await update({ status: t(refused) });
    } else {
      const ref = randomUUID().slice(0, 8);
      ctx.log.error(
        { event: 'import.failed', ref, err: { name: (err as Error).name, message: (err as Error).message, stack: (err as Error).stack } },
        'import check failed',
      );
      await update({ status: t('bulk.card.failed', { ref }) });
    }
  } finally {
    clearInterval(renew);
  }
  // Only once the card shows how it ended: a crash before this resumes the check.
  await ctx.store.importChecks.finish(check.id);
  ctx.log.info({ event: 'import.check_finished', checkId: check.id }, 'import check finished; its file is dropped');
}

export type CardView = Omit<ImportResultView, 'fileName'>;

/** Builds the import card's activity for one check, in the orderer's language. */
export function importCard(check: Pick<PendingImportCheck, 'fileName' | 'locale'>) {
  const t = translator(localeFrom(check.locale));
  const build = (view: CardView): Partial<Activity> => ({
    type: 'message',
    attachments: [cardAttachment(importResultCard(t, { fileName: check.fileName, ...view }))],
  });
  return Object.assign(build, { t });
}

/**
 * Updates of the one card, one after another, so a slow progress update never lands after the
 * result. Without a card id (it could not be posted) each update is posted as a new card.
 */
export function cardUpdates(
  deps: ImportCheckDeps,
  reference: Partial<ConversationReference>,
  cardId: string | undefined,
  card: ReturnType<typeof importCard>,
) {
  let updates: Promise<void> = Promise.resolve();
  return (view: CardView): Promise<void> =>
    (updates = updates
      .catch(() => undefined)
      .then(() =>
        deps.continueConversation(reference, async (later) => {
          if (cardId) await later.updateActivity({ id: cardId, ...card(view) });
          else await later.sendActivity(card(view));
        }),
      ));
}

/** A file received in a turn or through the upload page: stored first, then checked. */
export async function checkImportInChat(deps: ImportCheckDeps, file: ImportFile, post?: PostCard): Promise<void> {
  await runImportCheck(deps, await acceptImportFile(deps, file), post);
}
