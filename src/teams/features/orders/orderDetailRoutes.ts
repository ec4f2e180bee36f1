import { orderDetailCard, type OrderDetailItem } from '../../../../cards/orderDetail';
import { cardAttachment, type AdaptiveCard } from '../../../../cards/render';
import type { ItemState } from '../../../domain/lifecycle/states';
import { shownItemStatus } from '../../../domain/lifecycle/shownStatus';
import type { Locale, MessageKey, Translate } from '../../../i18n';
import { fulfilItem } from '../../../services/lifecycle/fulfilItem';
import { activateCard } from '../../../services/cards/activateCard';
import { isoDate } from '../../../services/cards/cardScope';
import { orderDetail, type OrderDetail } from '../../../services/orders/orderDetail';
import { reachText } from '../../../i18n/reachText';
import type { Route, RouteScope } from '../../routes';
import { errorMessageKey, type ErrorMessages } from '../../serviceErrors';
import { maskIdentity, type IdentityScheme } from '../../../domain/identity';
import { clicked, type RouteDeps } from '../../routeDeps';
import { auditText } from '../../../i18n/auditText';
import { markdownSafe } from '../../../i18n/markdown';
import { formatDateTime } from '../../../i18n/dateTime';
import { messageText } from '../../../chat/turnText';
import { commandKey } from '../../activity';
import { answerDialog, repromptDialog } from '../../dialogHost';
import { isOrderText, orderRef } from './orderRef';
import { orderFacts } from './orderFacts';

/** An order the person may not see, or a number that names none: the same answer. */
const ORDER_UNKNOWN: ErrorMessages = { not_found: 'order.not_found', forbidden: 'order.not_found', validation_failed: 'order.not_found' };
const NEXT_STEP: Partial<Record<ItemState, OrderDetailItem['step']>> = {
  approved: 'produce',
  produced: 'ship',
  shipped: 'deliver',
  delivered: 'activate',
};
const STEP_TITLE = { produce: 'review.produce', ship: 'review.ship', deliver: 'review.deliver', activate: 'review.activate' } as const;

/** `t` and `locale` are the reader's: the history's times and the order's money are formatted for them. */
export function renderOrderDetail(t: Translate, locale: Locale, detail: OrderDetail, ordersLink?: string): AdaptiveCard {
  const names = new Map(detail.items.map((i) => [i.id, `${i.firstName} ${i.lastName}`]));
  // History lines carry reasons as typed: shown literally on the card (the tab shows them as text).
  const historyText = markdownSafe(t);
  const card = orderDetailCard(t, {
    number: detail.order.number,
    status: t(`orders.status.${detail.progress}` as MessageKey),
    facts: orderFacts(t, detail.order, locale),
    items: detail.items.map((item) => {
      const step = (detail.reviewer && NEXT_STEP[item.status]) || '';
      const details = [
        maskIdentity(item.identityNumber, item.identityScheme as IdentityScheme),
        t(`item.status.${shownItemStatus(detail.order.status, item.status, item.cardReview)}` as MessageKey),
        ...(item.trackingRef ? [t('order.tracking', { tracking: item.trackingRef })] : []),
        ...(item.validUntil ? [t('cards.valid_until', { date: isoDate(item.validUntil) })] : []),
        ...[reachText(t, detail.reach[item.id])].filter((line): line is string => !!line),
      ];
      return {
        itemId: item.id,
        name: names.get(item.id)!,
        details: details.join(' · '),
        step,
        stepTitle: step ? t(STEP_TITLE[step]) : '',
        cancel: detail.cancellable.itemIds.includes(item.id),
      };
    }),
    orderId: detail.order.id,
    cancelOrder: detail.cancellable.order,
    timeline: detail.timeline.map((e) => `${formatDateTime(e.when, locale)} · ${auditText(historyText, e, names)}`),
  });
  // The same order in the Orders tab, where it has its actions and photos side by side.
  return ordersLink
    ? { ...card, actions: [...(card.actions ?? []), { type: 'Action.OpenUrl', title: t('event.open_in_orders'), url: ordersLink }] }
    : card;
}

/** The order's card as the person may see it now, or the sentence saying they cannot. */
export async function loadOrderCard(deps: RouteDeps, scope: RouteScope, number: string): Promise<AdaptiveCard | string> {
  const { ctx } = deps;
  try {
    const detail = await orderDetail({ ctx, actor: scope.actor, input: { number } });
    return renderOrderDetail(scope.t, scope.locale, detail, deps.ordersLink?.(detail.order.number));
  } catch (err) {
    const key = errorMessageKey(err, { profilePending: scope.person.profilePending, what: 'order' }, ctx.log, ORDER_UNKNOWN);
    if (!key) throw err;
    return scope.t(key, { number: number.toUpperCase() });
  }
}

/** The first of the numbers a short `order 1` may mean that the person can see (this year's, then last year's). */
async function loadFirstOrderCard(deps: RouteDeps, scope: RouteScope, candidates: string[]): Promise<AdaptiveCard | string> {
  let first: AdaptiveCard | string | undefined;
  for (const number of candidates) {
    const shown = await loadOrderCard(deps, scope, number);
    if (typeof shown !== 'string') return shown;
    first ??= shown;
  }
  return first!;
}

/** `order <number>`: one order with its cards and history; reviewers take the production steps from it. */
export function orderDetailRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  const load = (scope: RouteScope, number: string) => loadOrderCard(deps, scope, number);
  const show: Route = {
    name: 'order',
    command: { en: 'order', key: 'command.order' },
    help: 'help.order',
    matchText: isOrderText,
    async handle(scope) {
      const ref = orderRef(commandKey(messageText(scope.context)), ctx.now());
      // `order Smith` typed as a dialog's answer is the answer, not a slip in the command.
      if (ref?.kind === 'unreadable' && scope.dc.activeDialog) return answerDialog(scope);
      if (ref?.kind !== 'number') return void (await scope.context.sendActivity(scope.t(ref ? 'order.unreadable' : 'order.usage')));
      const shown = await loadFirstOrderCard(deps, scope, ref.candidates);
      await scope.context.sendActivity(typeof shown === 'string' ? shown : { attachments: [cardAttachment(shown)] });
      await repromptDialog(scope);
    },
  };
  // *Open order* on the orders list and on notifications: the order's card as a new message, the clicked card stays.
  const open: Route<'order.show'> = {
    name: 'order.show',
    verbs: ['order.show'],
    async handle(scope, action) {
      const shown = await load(scope, clicked(action).data.number);
      if (typeof shown === 'string') return { message: shown };
      await scope.context.sendActivity({ attachments: [cardAttachment(shown)] });
      return { message: scope.t('order.opened', { number: clicked(action).data.number }) };
    },
  };
  const step: Route<'fulfil.step'> = {
    name: 'fulfil.step',
    verbs: ['fulfil.step'],
    errors: { forbidden: 'review.not_reviewer' },
    async handle(scope, action) {
      const { data } = clicked(action);
      const trackingRef = (data as Record<string, unknown>)[`trackingRef-${data.itemId}`];
      const { itemId, step: which } = data;
      if (which === 'activate') {
        // Activation is the issuer's report (the local desk's click), with the card's valid-until date.
        await activateCard({ ctx, actor: scope.actor, input: { itemId } });
      } else {
        const input = { itemId, step: which, trackingRef: typeof trackingRef === 'string' ? trackingRef : undefined };
        const result = await fulfilItem({ ctx, actor: scope.actor, input });
        if (result.kind === 'refused')
          return { message: scope.t(result.code === 'tracking_ref_required' ? 'review.tracking_required' : 'error.bad_card_data') };
      }
      const shown = await load(scope, data.number);
      return typeof shown === 'string' ? { message: shown } : { card: shown };
    },
  };
  return [show, open, step];
}
