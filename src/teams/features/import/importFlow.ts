import { TurnContext, type Attachment } from 'botbuilder';
import type { ChatTurn } from '../../../chat/turn';
import { importIntroCard, importResultCard } from '../../../../cards/importCards';
import { cardAttachment } from '../../../../cards/render';
import { DEFAULT_IMPORT_LIMITS } from '../../../import';
import { confirmImport, discardImport } from '../../../services/import/checkImport';
import {
  AttachmentTooLargeError,
  downloadAttachment,
  downloadFailureMessage,
  TEAMS_FILE_DOWNLOAD_INFO,
  type AttachmentHosts,
} from '../../attachments';
import { checkImportInChat, type ImportCheckDeps } from './importCheck';
import { route, type Route, type RouteScope } from '../../routes';
import { clicked } from '../../routeDeps';

export interface ImportDeps extends ImportCheckDeps {
  templateUrl(locale: 'en' | 'sv'): string;
  /** A signed single-use link to the upload page for an import file; undefined without a person. */
  uploadLink(turn: ChatTurn): Promise<string | undefined>;
  attachmentHosts: AttachmentHosts;
}

/** A Teams file (or attachment) that looks like an import file by its name. */
export function importAttachment(attachments: Attachment[] | undefined): Attachment | undefined {
  return (attachments ?? []).find((a) => {
    const fileType = (a.content as { fileType?: string } | undefined)?.fileType ?? '';
    return (
      (a.contentType === TEAMS_FILE_DOWNLOAD_INFO && /^(xlsx|zip|xls|csv)$/i.test(fileType)) || /\.(xlsx|zip|xls|csv)$/i.test(a.name ?? '')
    );
  });
}

/** A Teams file in the chat: downloaded in the turn, then checked like any import file. */
export async function startImport(scope: RouteScope, attachment: Attachment, deps: ImportDeps): Promise<void> {
  const { context, t, locale, actor } = scope;
  const fileName = attachment.name ?? 'import.xlsx';
  let bytes: Buffer;
  try {
    bytes = await downloadAttachment(context, attachment, DEFAULT_IMPORT_LIMITS.maxUploadBytes + 1, deps.attachmentHosts);
  } catch (err) {
    const status =
      err instanceof AttachmentTooLargeError
        ? t('bulk.file.too_large', { sizeMb: '> 20', maxMb: 20 })
        : downloadFailureMessage(err, deps.ctx.log, t);
    await context.sendActivity({ attachments: [cardAttachment(importResultCard(t, { fileName, status }))] });
    return;
  }
  const reference = TurnContext.getConversationReference(context.activity);
  await checkImportInChat(deps, { bytes, fileName, reference, actor, locale }, (activity) => context.sendActivity(activity));
}

export function importRoutes(deps: ImportDeps): Route[] {
  const outcomeCard = (scope: RouteScope, outcome: string) => ({ card: importResultCard(scope.t, { fileName: '', status: '', outcome }) });
  return [
    {
      name: 'import',
      command: { en: 'import', key: 'command.import' },
      help: 'help.import',
      personalOnly: true,
      async handle(scope) {
        const { context, t, locale } = scope;
        const uploadUrl = await deps.uploadLink(scope);
        await context.sendActivity({
          attachments: [cardAttachment(importIntroCard(t, { templateUrl: deps.templateUrl(locale), uploadUrl, maxRows: deps.maxRows }))],
        });
      },
    },
    route({
      name: 'importDecision',
      verbs: ['import.confirm', 'import.discard'],
      async handle(scope, action) {
        const { verb, data } = clicked(action);
        if (verb === 'import.discard') {
          const dropped = await discardImport({ ctx: deps.ctx, actor: scope.actor, input: data });
          return outcomeCard(scope, dropped ? scope.t('bulk.card.discarded') : scope.t('error.card_inactive'));
        }
        const result = await confirmImport({ ctx: deps.ctx, actor: scope.actor, input: data });
        return outcomeCard(
          scope,
          result.alreadyConfirmed
            ? scope.t('bulk.card.already_added')
            : scope.t('bulk.card.added', { added: result.added, cartSize: result.cartSize }),
        );
      },
    }),
  ];
}
