import { cardAttachment } from '../../../../cards/render';
import { ordersCard } from '../../../../cards/orders';
import type { MessageKey } from '../../../i18n';
import { formatDateTime } from '../../../i18n/dateTime';
import { listOrders } from '../../../services/orders/listOrders';
import type { Route } from '../../routes';
import { repromptDialog } from '../../dialogHost';
import type { RouteDeps } from '../../routeDeps';

/** `orders`: the orderer's orders, newest first. */
export function ordersRoutes(deps: RouteDeps): Route[] {
  const orders: Route = {
    name: 'orders',
    command: { en: 'orders', key: 'command.orders' },
    help: 'help.orders',
    async handle(scope) {
      const { context, t, actor } = scope;
      const { total, orders: listed } = await listOrders({ ctx: deps.ctx, actor });
      const lines = listed.map(({ order, names, progress }) => ({
        number: order.number,
        status: t(`orders.status.${progress}` as MessageKey),
        details: `${formatDateTime(order.createdAt, scope.locale)} · ${t('orders.cards', { count: order.itemCount })}`,
        names: [
          ...names,
          ...(order.itemCount > names.length ? [t('orders.more_names', { count: order.itemCount - names.length })] : []),
        ].join(', '),
      }));
      await context.sendActivity({ attachments: [cardAttachment(ordersCard(t, lines, total))] });
      await repromptDialog(scope);
    },
  };
  return [orders];
}
