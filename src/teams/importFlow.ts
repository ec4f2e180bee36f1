import { randomUUID } from 'node:crypto';
import { TurnContext, type Attachment, type ConversationReference } from 'botbuilder';
import { z } from 'zod';
import { importIntroCard, importResultCard, type ImportResultView } from '../../cards/importCards';
import { cardAttachment } from '../../cards/render';
import type { Translate } from '../i18n';
import { DEFAULT_IMPORT_LIMITS } from '../import';
import type { ServiceContext } from '../services/context';
import { checkImport, confirmImport, discardImport, type ImportCheckResult } from '../services/import/checkImport';
import { AttachmentTooLargeError, downloadAttachment, TEAMS_FILE_DOWNLOAD_INFO } from './attachments';
import type { BackgroundTasks } from './background';
import type { Route, RouteScope } from './routes';

const SHOWN_PROBLEMS = 20;

export interface ImportDeps {
  ctx: ServiceContext;
  background: BackgroundTasks;
  maxRows: number;
  templateUrl(locale: 'en' | 'sv'): string;
  reportUrl(jobId: string): string;
  /** Runs `logic` in the conversation later, outside the turn (proactive). */
  continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/** A Teams file (or attachment) that looks like an import file by its name. */
export function importAttachment(attachments: Attachment[] | undefined): Attachment | undefined {
  return (attachments ?? []).find((a) => {
    const fileType = (a.content as { fileType?: string } | undefined)?.fileType ?? '';
    return (a.contentType === TEAMS_FILE_DOWNLOAD_INFO && /^(xlsx|zip|xls|csv)$/i.test(fileType)) || /\.(xlsx|zip|xls|csv)$/i.test(a.name ?? '');
  });
}

function resultView(t: Translate, r: ImportCheckResult, reportUrl: (id: string) => string): ImportResultView {
  if (r.fileProblem) return { fileName: r.fileName, status: r.fileProblem };
  const problemRows = new Set(r.problems.map((p) => p.rowNumber)).size;
  return {
    fileName: r.fileName,
    status: r.ready > 0 ? t('bulk.card.checked', { total: r.totalRows }) : t('bulk.card.nothing_ready'),
    facts: [
      { label: t('bulk.card.fact_ready'), value: String(r.ready) },
      { label: t('bulk.card.fact_problems'), value: String(problemRows) },
      ...(r.withoutPhoto > 0 ? [{ label: t('bulk.card.fact_without_photo'), value: String(r.withoutPhoto) }] : []),
    ],
    problems: r.problems.slice(0, SHOWN_PROBLEMS).map((p) => `${p.rowNumber}, ${p.column}: ${p.message}`),
    moreProblems: r.problems.length > SHOWN_PROBLEMS ? t('bulk.card.more_problems', { count: r.problems.length - SHOWN_PROBLEMS }) : '',
    ...(r.jobId && r.ready > 0 ? { jobId: r.jobId, confirmTitle: r.ready === 1 ? t('bulk.card.confirm.one') : t('bulk.card.confirm.many', { count: r.ready }) } : {}),
    ...(r.jobId && r.hasReport ? { reportUrl: reportUrl(r.jobId) } : {}),
  };
}

/** Receives the file in the turn, then checks it in the background, updating one card in place. */
export async function startImport(scope: RouteScope, attachment: Attachment, deps: ImportDeps): Promise<void> {
  const { context, t, locale, actor } = scope;
  const fileName = attachment.name ?? 'import.xlsx';
  const card = (view: Omit<ImportResultView, 'fileName'>) => ({ attachments: [cardAttachment(importResultCard(t, { fileName, ...view }))] });
  let bytes: Buffer;
  try {
    bytes = await downloadAttachment(context, attachment, DEFAULT_IMPORT_LIMITS.maxUploadBytes + 1);
  } catch (err) {
    const status = err instanceof AttachmentTooLargeError ? t('bulk.file.too_large', { sizeMb: '> 20', maxMb: 20 }) : t('photo.download_failed');
    await context.sendActivity(card({ status }));
    return;
  }
  const sent = await context.sendActivity(card({ status: t('bulk.card.checking') }));
  const reference = TurnContext.getConversationReference(context.activity);
  const update = (view: Omit<ImportResultView, 'fileName'>) =>
    deps.continueConversation(reference, async (later) => {
      await later.updateActivity({ id: sent?.id, type: 'message', ...card(view) });
    });
  deps.background.run('import.check', async () => {
    try {
      const result = await checkImport({
        ctx: deps.ctx,
        actor,
        input: { bytes, fileName, locale, maxRows: deps.maxRows, onProgress: (done, total) => void update({ status: t('bulk.card.progress', { done, total }) }).catch(() => undefined) },
      });
      const { fileName: _f, ...view } = resultView(t, result, deps.reportUrl);
      await update(view);
    } catch (err) {
      const ref = randomUUID().slice(0, 8);
      deps.ctx.log.error({ event: 'import.failed', ref, err: { name: (err as Error).name, message: (err as Error).message, stack: (err as Error).stack } }, 'import check failed');
      await update({ status: t('bulk.card.failed', { ref }) });
    }
  });
}

const jobData = z.object({ jobId: z.string().uuid() });

export function importRoutes(deps: ImportDeps): Route[] {
  const outcomeCard = (scope: RouteScope, outcome: string) => ({ card: importResultCard(scope.t, { fileName: '', status: '', outcome }) });
  return [
    {
      name: 'import',
      command: { en: 'import', key: 'command.import' },
      help: 'help.import',
      async handle({ context, t, locale }) {
        await context.sendActivity({ attachments: [cardAttachment(importIntroCard(t, { templateUrl: deps.templateUrl(locale), maxRows: deps.maxRows }))] });
      },
    },
    {
      name: 'importDecision',
      verbs: ['import.confirm', 'import.discard'],
      async handle(scope, verb) {
        const parsed = jobData.safeParse((scope.context.activity.value as { action?: { data?: unknown } })?.action?.data);
        if (!parsed.success) return { message: scope.t('error.bad_card_data') };
        if (verb === 'import.discard') {
          const dropped = await discardImport({ ctx: deps.ctx, actor: scope.actor, jobId: parsed.data.jobId });
          return outcomeCard(scope, dropped ? scope.t('bulk.card.discarded') : scope.t('error.card_inactive'));
        }
        const result = await confirmImport({ ctx: deps.ctx, actor: scope.actor, jobId: parsed.data.jobId });
        return outcomeCard(scope, result.alreadyConfirmed ? scope.t('bulk.card.already_added') : scope.t('bulk.card.added', { added: result.added, cartSize: result.cartSize }));
      },
    },
  ];
}
