import type { DialogContext } from 'botbuilder-dialogs';
import { isConversationDialog, type ConversationDialog } from '../../dialogs/conversation';
import { clickInput, readTurnInput } from '../../dialogs/newCard/cardAction';
import type { CardAction } from '../../cards/verbs';
import type { InvokeReply } from '../chat/invokeReply';
import { messageText } from '../chat/turnText';
import type { RouteScope } from './routes';

/**
 * The edge's calls into the running dialog: each passes the turn as a value and gets the reply
 * back (botbuilder's own continue/reprompt/cancel hooks carry only the turn context).
 */
function running(dc: DialogContext): ConversationDialog | undefined {
  const active = dc.activeDialog;
  const dialog = active ? dc.findDialog(active.id) : undefined;
  return isConversationDialog(dialog) ? dialog : undefined;
}

/** The running dialog answers a click (parsed by the router) or, without one, the typed message or event of the turn. */
export async function answerDialog(scope: RouteScope, action?: CardAction): Promise<InvokeReply | undefined> {
  const dialog = running(scope.dc);
  if (!dialog) return undefined;
  const input = action ? clickInput(action) : readTurnInput(scope.context.activity, messageText(scope.context));
  return dialog.answer(scope.dc, scope, input);
}

/** `back`: the running dialog's previous question; false when no dialog is running. */
export async function backInDialog(scope: RouteScope): Promise<boolean> {
  const dialog = running(scope.dc);
  if (!dialog) return false;
  await dialog.back(scope.dc, scope);
  return true;
}

/** Asks the running dialog's question again (after help, the cart, orders). */
export async function repromptDialog(scope: RouteScope): Promise<void> {
  await running(scope.dc)?.reprompt(scope.dc, scope);
}

/** Leaves every dialog (cancel, a new command): the running one first closes what it holds (an open checkout). */
export async function leaveDialogs(scope: RouteScope): Promise<void> {
  await running(scope.dc)?.leave?.(scope.dc, scope);
  await scope.dc.cancelAllDialogs();
}
