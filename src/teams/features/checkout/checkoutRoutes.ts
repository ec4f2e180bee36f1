import { noticeCard } from '../../../../cards/notice';
import { checkoutSummaryCard } from '../../../../cards/checkoutSummary';
import { placedSummaryView } from '../../../../dialogs/checkout/placedSummary';
import { cardAttachment } from '../../../../cards/render';
import { CHECKOUT_DIALOG, type CheckoutBegin, type CheckoutState } from '../../../../dialogs/checkout/checkoutDialog';
import { checkoutOrder } from '../../../services/checkout/checkoutOrder';
import { startCheckout } from '../../../services/checkout/startCheckout';
import type { Route } from '../../routes';
import { answerDialog, leaveDialogs } from '../../dialogHost';
import { fullName } from '../../../chat/cardholderText';
import { cartCardFor } from '../cart/cartRoutes';
import { clicked, isInvoke, type RouteDeps } from '../../routeDeps';

/** `checkout` (command or the cart's button) and the summary card's verbs. */
export function checkoutRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  const start: Route<'checkout.start'> = {
    name: 'checkout',
    command: { en: 'checkout', key: 'command.checkout' },
    help: 'help.checkout',
    personalOnly: true,
    verbs: ['checkout.start'],
    async handle(scope) {
      const { t, dc } = scope;
      const started = await startCheckout({ ctx, actor: scope.actor });
      if (started.kind === 'empty') {
        if (isInvoke(scope))
          return { card: await cartCardFor(scope, deps, { notice: { text: t('checkout.empty_cart'), tone: 'attention' } }) };
        await scope.context.sendActivity(t('checkout.empty_cart'));
        return;
      }
      if (started.kind === 'nothing_orderable') {
        // Said before the first question, with the cart whose Send photo buttons are the fix.
        const names = started.blocked.map((l) => fullName(l.item)).join(', ');
        const text = t('checkout.nothing_orderable', {
          names,
          count: started.blocked.length,
        });
        const notice = { text, tone: 'attention' as const };
        if (isInvoke(scope)) return { card: await cartCardFor(scope, deps, { notice }) };
        await scope.context.sendActivity({ attachments: [cardAttachment(await cartCardFor(scope, deps, { notice }))] });
        return;
      }
      if (started.blocked.length > 0) {
        await scope.context.sendActivity(t('checkout.blocked_early', { names: started.blocked.map((l) => fullName(l.item)).join(', ') }));
      }
      await leaveDialogs(scope);
      const begin: CheckoutBegin = { turn: scope, checkoutId: started.checkoutId, ordererName: scope.person.person.name ?? null };
      await dc.beginDialog(CHECKOUT_DIALOG, begin);
      return isInvoke(scope) ? { card: await cartCardFor(scope, deps) } : undefined;
    },
  };
  /**
   * Confirm order / Edit / Cancel on a summary. The running checkout handles its own card; a
   * click on an older summary (a double click, the dialog ended) is answered from the database:
   * the summary as placed, "placed as order ...", or "closed".
   */
  const summaryActions: Route<'order.confirm' | 'checkout.edit' | 'checkout.cancel'> = {
    name: 'checkout.summary',
    verbs: ['order.confirm', 'checkout.edit', 'checkout.cancel'],
    async handle(scope, action) {
      const { t, dc } = scope;
      const summary = clicked(action);
      const { data } = summary;
      const active = dc.activeDialog;
      if (active?.id === CHECKOUT_DIALOG && (active.state as CheckoutState).checkoutId === data.checkoutId)
        return answerDialog(scope, summary);
      const placed = await checkoutOrder({ ctx, actor: scope.actor, input: data });
      // A double click on Confirm order: the summary stays, saying calmly which order it became.
      if (placed)
        return {
          card: checkoutSummaryCard(
            t,
            placedSummaryView(placed.order, placed.items, scope, { checkoutId: data.checkoutId, nonce: data.nonce }),
          ),
        };
      return { card: noticeCard(t('checkout.not_open'), { title: t('checkout.summary.title'), tone: 'attention' }) };
    },
  };
  return [start, summaryActions];
}
