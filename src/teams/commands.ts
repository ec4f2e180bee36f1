import { z } from 'zod';
import { cardAttachment } from '../../cards/render';
import { cartCard } from '../../cards/cart';
import { helpCard } from '../../cards/help';
import { NEW_CARD_DIALOG } from '../../dialogs/newCard/newCardDialog';
import { countryName } from '../../dialogs/newCard/fields';
import type { ServiceContext } from '../services/context';
import { listCart } from '../services/cart/listCart';
import { maskIdentity } from '../domain/identity';
import type { Route, RouteScope, RoutingTable } from './routes';

const commandData = z.object({ command: z.string().max(40) });

/** The routes of the bot: text commands and card verbs in one table. */
export function buildRoutes(ctx: ServiceContext, table: () => RoutingTable, extra: Route[] = []): Route[] {
  const help: Route = {
    name: 'help',
    command: { en: 'help', key: 'command.help' },
    help: 'help.help',
    async handle({ context, dc, t, locale }) {
      const inDialog = !!dc.activeDialog;
      await context.sendActivity({ attachments: [cardAttachment(helpCard(t, table().helpEntries(t, locale), { inDialog }))] });
      if (inDialog) await dc.repromptDialog();
    },
  };
  const newCard: Route = {
    name: 'newCard',
    command: { en: 'new card', key: 'command.new_card' },
    help: 'help.new_card',
    async handle({ dc }) {
      await dc.cancelAllDialogs();
      await dc.beginDialog(NEW_CARD_DIALOG);
    },
  };
  const cart: Route = {
    name: 'cart',
    command: { en: 'cart', key: 'command.cart' },
    help: 'help.cart',
    async handle(scope) {
      await showCart(scope, ctx);
      if (scope.dc.activeDialog) await scope.dc.repromptDialog();
    },
  };
  const cancel: Route = {
    name: 'cancel',
    command: { en: 'cancel', key: 'command.cancel' },
    help: 'help.cancel',
    async handle({ context, dc, t }) {
      if (dc.activeDialog) {
        await dc.cancelAllDialogs();
        await context.sendActivity(t('cancel.done'));
      } else {
        await context.sendActivity(t('cancel.nothing'));
      }
    },
  };
  const dialogActions: Route = {
    name: 'dialogActions',
    verbs: ['dialog.answer', 'newcard.add', 'newcard.edit', 'newcard.cancel'],
    async handle({ dc, t }) {
      if (!dc.activeDialog) return { message: t('error.card_inactive') };
      await dc.continueDialog();
    },
  };
  const runCommand: Route = {
    name: 'runCommand',
    verbs: ['command.run'],
    async handle(scope) {
      const parsed = commandData.safeParse((scope.context.activity.value as { action?: { data?: unknown } })?.action?.data);
      const route = parsed.success ? table().byName(parsed.data.command) : undefined;
      if (!route?.command) return { message: scope.t('error.bad_card_data') };
      await route.handle(scope);
    },
  };
  return [help, newCard, cart, cancel, ...extra, dialogActions, runCommand];
}

async function showCart({ context, t, locale, actor }: RouteScope, ctx: ServiceContext): Promise<void> {
  const items = await listCart({ ctx, actor });
  const lines = items.map((item) => ({
    name: `${item.firstName} ${item.lastName}`,
    details: [countryName(item.nationality, locale), maskIdentity(item.identityNumber, item.identityScheme as never), item.cardType === 'visitor' ? t('choice.visitor') : t('choice.standard')].join(' · '),
  }));
  await context.sendActivity({ attachments: [cardAttachment(cartCard(t, lines))] });
}
