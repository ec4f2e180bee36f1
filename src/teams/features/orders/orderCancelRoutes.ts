import { cancelOrder } from '../../../services/lifecycle/cancelOrder';
import type { Route } from '../../routes';
import { clicked, type RouteDeps } from '../../routeDeps';
import { loadOrderCard } from './orderDetailRoutes';

/**
 * Cancel order / Cancel this card on the order's own card (`order <number>`): the orderer or the
 * company's admin, before production, with a reason. cancelOrder decides (the button is offered
 * only where it would work; a forged or stale click is refused there), and the card is redrawn.
 */
export function orderCancelRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  const cancel: Route<'order.cancel'> = {
    name: 'order.cancel',
    verbs: ['order.cancel'],
    async handle(scope, action) {
      const { data } = clicked(action);
      const reason = data.cancelReason?.trim();
      if (!reason) return { message: scope.t('order.cancel_reason_required') };
      const input = { orderId: data.orderId, reason, ...(data.itemId ? { itemId: data.itemId } : {}) };
      const result = await cancelOrder({ ctx, actor: scope.actor, input });
      if (result.kind === 'refused')
        return { message: scope.t(result.code === 'production_started' ? 'order.cancel_too_late' : 'error.bad_card_data') };
      if (result.kind === 'already_decided') return { message: scope.t('order.cancel_already') };
      const shown = await loadOrderCard(deps, scope, result.order.number);
      return typeof shown === 'string' ? { message: shown } : { card: shown };
    },
  };
  return [cancel];
}
