import type { TaskModuleRequest, TaskModuleResponse } from 'botbuilder';
import type { ChatTurn } from '../../../chat/turn';
import type { Translate } from '../../../i18n';
import { z } from 'zod';
import { isAwaitingPhoto, type NewCardState } from '../../../../dialogs/newCard/state';
import { cardholderName } from '../../../../dialogs/newCard/draft';
import type { RouteScope } from '../../routes';

/** The card data of "Upload in Teams" (an Action.Submit with msteams.type task/fetch). */
const photoTaskData = z.object({ verb: z.literal('photo.upload'), nonce: z.string().min(1).max(64) });

/** Teams opens the upload page as a dialog this size. */
const DIALOG_SIZE = { height: 'large', width: 'medium' } as const;

const message = (value: string): TaskModuleResponse => ({ task: { type: 'message', value } });

/**
 * `task/fetch` from the photo question: answers with the upload page as a Teams dialog, on a
 * fresh single-use link (the card itself carries no link for this button). Old cards and
 * finished dialogs get a short message instead.
 */
export async function photoTaskFetch({
  scope,
  t,
  request,
  uploadLink,
}: {
  /** Undefined when the activity names no person (no aadObjectId). */
  scope: RouteScope | undefined;
  t: Translate;
  request: TaskModuleRequest | undefined;
  uploadLink: ((turn: ChatTurn, subjectName?: string) => Promise<string | undefined>) | undefined;
}): Promise<TaskModuleResponse> {
  const data = photoTaskData.safeParse(request?.data);
  if (!scope || !data.success || !uploadLink) return message(t('error.bad_card_data'));
  if (!scope.dc.activeDialog) return message(scope.t('error.card_inactive'));
  if (!isAwaitingPhoto(scope.dc.activeDialog, data.data.nonce)) return message(scope.t('error.card_stale'));
  const url = await uploadLink(scope, cardholderName((scope.dc.activeDialog.state as NewCardState).draft));
  if (!url) return message(scope.t('error.bad_card_data'));
  return { task: { type: 'continue', value: { url, fallbackUrl: url, title: scope.t('upload.dialog_title'), ...DIALOG_SIZE } } };
}
