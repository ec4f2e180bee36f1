import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../../cards/render';
import type { CheckoutDeps } from '../../dialogs/checkout/checkoutDialog';
import { draftToCardholder } from '../../dialogs/newCard/complete';
import type { NewCardDeps } from '../../dialogs/newCard/newCardDialog';
import { addToCart } from '../services/cart/addToCart';
import { replaceCartItem } from '../services/cart/editCartItem';
import { viewCart } from '../services/cart/viewCart';
import { cancelCheckout } from '../services/checkout/cancelCheckout';
import { checkoutOptionsFor } from '../services/checkout/checkoutOptions';
import { placeOrder } from '../services/checkout/placeOrder';
import { summariseCheckout } from '../services/checkout/summariseCheckout';
import type { Actor, ServiceContext } from '../services/context';
import { resolveOrderer } from '../services/people/resolveOrderer';
import { localeOf } from '../chat/turnText';
import { requireTurnPerson } from './turnScope';
import { renderCartCard } from './views/cart';

/** The actor is always the person behind the activity, never anyone named in card data. */
function actorOf(context: TurnContext): Actor {
  const { person } = requireTurnPerson(context);
  return { personId: person.id, tenantId: person.tenantId };
}

/** The new-card dialog's services, bound to the turn's person. */
export function newCardDeps(
  ctx: ServiceContext,
  opts: Pick<NewCardDeps, 'receivePhoto' | 'thumbnailUrl' | 'uploadLink'>,
): NewCardDeps {
  return {
    ...opts,
    now: ctx.now,
    async addToCart(context, draft) {
      const { cartSize } = await addToCart({ ctx, actor: actorOf(context), input: draftToCardholder(draft) });
      return { cartSize };
    },
    replaceInCart: (context, itemId, draft) => replaceCartItem({ ctx, actor: actorOf(context), input: { itemId, cardholder: draftToCardholder(draft) } }),
    async showCart(context) {
      const view = await viewCart({ ctx, actor: actorOf(context) });
      await context.sendActivity({ attachments: [cardAttachment(renderCartCard(view, { ...localeOf(context), thumbnailUrl: opts.thumbnailUrl }))] });
    },
  };
}

/** The checkout dialog's services, bound to the turn's person. */
export function checkoutDeps(ctx: ServiceContext): CheckoutDeps {
  return {
    options: async (context) => checkoutOptionsFor(ctx, await resolveOrderer({ ctx, actor: actorOf(context) })),
    summarise: (context, checkoutId, record) => summariseCheckout({ ctx, actor: actorOf(context), input: { checkoutId, record } }),
    place: (context, request) => placeOrder({ ctx, actor: actorOf(context), input: request }),
    cancel: (context, checkoutId) => cancelCheckout({ ctx, actor: actorOf(context), input: { checkoutId } }),
  };
}
