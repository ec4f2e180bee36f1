import { cardAttachment, type AdaptiveCard } from '../../../../cards/render';
import { NEW_CARD_DIALOG, type NewCardOptions } from '../../../../dialogs/newCard/newCardDialog';
import { draftFromCartLine } from '../../../../dialogs/newCard/fromCartItem';
import { emptyCart } from '../../../services/cart/emptyCart';
import { getCartLine } from '../../../services/cart/editCartItem';
import { removeFromCart } from '../../../services/cart/removeFromCart';
import { viewCart } from '../../../services/cart/viewCart';
import type { Route, RouteScope } from '../../routes';
import { leaveDialogs, repromptDialog } from '../../dialogHost';
import { renderCartCard, type CartCardOptions } from './cartView';
import { fullName } from '../../../chat/cardholderText';
import { clicked, isInvoke, type RouteDeps } from '../../routeDeps';

/** The actor's cart as a card (always from the table, so an old card's buttons act on the cart as it is). */
export async function cartCardFor(scope: RouteScope, deps: RouteDeps, opts: CartCardOptions = {}): Promise<AdaptiveCard> {
  const view = await viewCart({ ctx: deps.ctx, actor: scope.actor });
  return renderCartCard(view, { t: scope.t, locale: scope.locale, thumbnailUrl: deps.thumbnailUrl }, opts);
}

/** Cart command and card verbs. Every verb answers with the updated cart card, replacing the clicked one. */
export function cartRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  const show: Route<'cart.show'> = {
    name: 'cart',
    command: { en: 'cart', key: 'command.cart' },
    help: 'help.cart',
    personalOnly: true,
    verbs: ['cart.show'],
    async handle(scope, action) {
      if (action) return { card: await cartCardFor(scope, deps, { page: action.data.page }) };
      await scope.context.sendActivity({ attachments: [cardAttachment(await cartCardFor(scope, deps))] });
      await repromptDialog(scope);
    },
  };
  const remove: Route<'cart.remove'> = {
    name: 'cart.remove',
    verbs: ['cart.remove'],
    async handle(scope, action) {
      const { data } = clicked(action);
      // The id comes from the card: only the actor's own cart is searched, so another orderer's item is "not in your cart".
      const line = await getCartLine({ ctx, actor: scope.actor, input: data });
      const removed = line ? (await removeFromCart({ ctx, actor: scope.actor, input: data })).removed : false;
      const notice =
        removed && line
          ? { text: scope.t('cart.removed', { name: fullName(line.item) }), tone: 'good' as const }
          : { text: scope.t('cart.remove_missing'), tone: 'attention' as const };
      return { card: await cartCardFor(scope, deps, { page: data.page, notice }) };
    },
  };
  const empty: Route<'cart.empty'> = {
    name: 'cart.empty',
    verbs: ['cart.empty'],
    async handle(scope) {
      return { card: await cartCardFor(scope, deps, { mode: 'confirmEmpty' }) };
    },
  };
  const emptyConfirm: Route<'cart.emptyConfirm'> = {
    name: 'cart.emptyConfirm',
    verbs: ['cart.emptyConfirm'],
    async handle(scope, action) {
      const { data } = clicked(action);
      const result = await emptyCart({ ctx, actor: scope.actor, input: data });
      const notice =
        'changed' in result
          ? { text: scope.t('cart.empty_changed'), tone: 'attention' as const }
          : { text: scope.t('cart.emptied'), tone: 'good' as const };
      return { card: await cartCardFor(scope, deps, { notice }) };
    },
  };
  const edit: Route<'cart.edit'> = {
    name: 'cart.edit',
    personalOnly: true,
    verbs: ['cart.edit'],
    async handle(scope, action) {
      const { data } = clicked(action);
      const line = await getCartLine({ ctx, actor: scope.actor, input: data });
      if (!line)
        return {
          card: await cartCardFor(scope, deps, { page: data.page, notice: { text: scope.t('cart.edit.gone'), tone: 'attention' } }),
        };
      // The item stays in the cart untouched until "Save changes": cancelling the edit loses nothing.
      await leaveDialogs(scope);
      const options: NewCardOptions = { turn: scope, edit: { itemId: line.item.id, draft: draftFromCartLine(line, ctx.now()) } };
      await scope.dc.beginDialog(NEW_CARD_DIALOG, options);
      return isInvoke(scope) ? { card: await cartCardFor(scope, deps, { page: data.page }) } : undefined;
    },
  };
  return [show, remove, empty, emptyConfirm, edit];
}
