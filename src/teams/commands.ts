import { cardAttachment } from '../../cards/render';
import { helpCard } from '../../cards/help';
import { CHECKOUT_DIALOG } from '../../dialogs/checkout/checkoutDialog';
import { NEW_CARD_DIALOG } from '../../dialogs/newCard/newCardDialog';
import type { MessageKey } from '../i18n';
import type { DialogContext } from 'botbuilder-dialogs';
import type { Route } from './routes';
import { answerDialog, backInDialog, leaveDialogs, repromptDialog } from './dialogHost';
import { newCardRoutes } from './features/newCard/newCardRoutes';
import { cartRoutes } from './features/cart/cartRoutes';
import { checkoutRoutes } from './features/checkout/checkoutRoutes';
import { clicked, type RouteDeps } from './routeDeps';
import { ordersRoutes } from './features/orders/ordersRoutes';
import { reviewRoutes } from './features/review/reviewRoutes';
import { approvalRoutes } from './features/approval/approvalRoutes';
import { orderDetailRoutes } from './features/orders/orderDetailRoutes';
import { adminRoutes } from './features/admin/adminRoutes';
import { cardholderRightsRoutes } from './features/admin/cardholderRightsRoutes';
import { orderCancelRoutes } from './features/orders/orderCancelRoutes';
import { cardsInUseRoutes } from './features/cardsInUse/cardsInUseRoutes';

export type { RouteDeps } from './routeDeps';

/** What `cancel` (and help's note) says depends on what is being cancelled. */
function activeDialogKeys(dc: DialogContext): { note: MessageKey; cancelled: MessageKey } | undefined {
  const active = dc.activeDialog;
  if (!active) return undefined;
  if (active.id === CHECKOUT_DIALOG) return { note: 'help.checkout_note', cancelled: 'checkout.cancelled' };
  const editing = active.id === NEW_CARD_DIALOG && !!(active.state as { editItemId?: string }).editItemId;
  return { note: 'help.dialog_note', cancelled: editing ? 'cart.edit.cancelled' : 'cancel.done' };
}

/** The routes of the bot: text commands and card verbs in one table. */
export function buildRoutes(deps: RouteDeps): Route[] {
  const { table } = deps;
  const help: Route = {
    name: 'help',
    command: { en: 'help', key: 'command.help', aliases: ['?'] },
    help: 'help.help',
    async handle(scope) {
      const { context, dc, t, locale, actor } = scope;
      const keys = activeDialogKeys(dc);
      await context.sendActivity({
        attachments: [cardAttachment(helpCard(t, await table().helpEntries(t, locale, actor), { note: keys ? t(keys.note) : '' }))],
      });
      await repromptDialog(scope);
    },
  };
  const cancel: Route = {
    name: 'cancel',
    command: { en: 'cancel', key: 'command.cancel', aliases: ['stop', 'quit', 'exit', 'abort', 'sluta', 'avsluta'] },
    help: 'help.cancel',
    async handle(scope) {
      const { context, dc, t } = scope;
      const keys = activeDialogKeys(dc);
      if (keys) {
        await leaveDialogs(scope);
        await context.sendActivity(t(keys.cancelled));
      } else {
        await context.sendActivity(t('cancel.nothing'));
      }
    },
  };
  const back: Route = {
    name: 'back',
    command: { en: 'back', key: 'command.back', aliases: ['undo', 'go back', 'previous', 'ångra', 'gå tillbaka', 'bakåt', 'föregående'] },
    help: 'help.back',
    async handle(scope) {
      if (!(await backInDialog(scope))) await scope.context.sendActivity(scope.t('back.nothing'));
    },
  };
  const dialogActions: Route<'dialog.answer' | 'newcard.add' | 'newcard.edit' | 'newcard.cancel'> = {
    name: 'dialogActions',
    verbs: ['dialog.answer', 'newcard.add', 'newcard.edit', 'newcard.cancel'],
    async handle(scope, action) {
      if (!scope.dc.activeDialog) return { message: scope.t('error.card_inactive') };
      return answerDialog(scope, clicked(action));
    },
  };
  const runCommand: Route<'command.run'> = {
    name: 'runCommand',
    verbs: ['command.run'],
    async handle(scope, action) {
      const route = table().byName(clicked(action).data.command);
      if (!route?.command) return { message: scope.t('error.bad_card_data') };
      await route.handle(scope);
    },
  };
  const [cart, ...cartVerbs] = cartRoutes(deps);
  return [
    help,
    ...newCardRoutes(),
    cart!,
    ...checkoutRoutes(deps),
    ...ordersRoutes(deps),
    ...orderDetailRoutes(deps),
    ...orderCancelRoutes(deps),
    ...cardsInUseRoutes(deps),
    ...adminRoutes(deps),
    ...cardholderRightsRoutes(deps),
    ...reviewRoutes(deps),
    ...approvalRoutes(deps),
    back,
    cancel,
    ...(deps.extra ?? []),
    ...cartVerbs,
    dialogActions,
    runCommand,
  ];
}
