import { NotAnOrdererError } from '../services/errors';
import { pricingOf } from '../domain/checkout/money';
import { cardAttachment } from '../../cards/render';
import type { CheckoutDeps } from '../../dialogs/checkout/checkoutDialog';
import { draftToCardholder } from '../../dialogs/newCard/complete';
import type { NewCardDeps } from '../../dialogs/newCard/newCardDialog';
import { addToCart } from '../services/cart/addToCart';
import { replaceCartItem } from '../services/cart/editCartItem';
import { viewCart } from '../services/cart/viewCart';
import { cancelCheckout } from '../services/checkout/cancelCheckout';
import { checkoutOptionsFor } from '../services/checkout/checkoutOptions';
import { confirmCheckout } from '../services/checkout/confirmCheckout';
import { summariseCheckout } from '../services/checkout/summariseCheckout';
import type { Actor, ServiceContext } from '../services/context';
import { resolveOrderer } from '../services/people/resolveOrderer';
import { localeOf } from '../chat/turnText';
import type { ChatTurn } from '../chat/turn';
import { renderCartCard } from './features/cart/cartView';

/** The actor is always the person behind the activity, never anyone named in card data. */
function actorOf(turn: ChatTurn): Actor {
  const { person } = turn.person;
  return { personId: person.id, tenantId: person.tenantId };
}

/** The new-card dialog's services, bound to the turn's person. */
export function newCardDeps(ctx: ServiceContext, opts: Pick<NewCardDeps, 'receivePhoto' | 'thumbnailUrl' | 'uploadLink'>): NewCardDeps {
  return {
    ...opts,
    now: ctx.now,
    async addToCart(turn, draft) {
      const { cartSize } = await addToCart({ ctx, actor: actorOf(turn), input: draftToCardholder(draft) });
      return { cartSize };
    },
    replaceInCart: (turn, itemId, draft) =>
      replaceCartItem({ ctx, actor: actorOf(turn), input: { itemId, cardholder: draftToCardholder(draft) } }),
    // The price is information on the card-type question: without it (no settings, not an orderer yet) the question is asked
    // without it; a failing store still fails the turn like any other read.
    async pricing(turn) {
      const owner = await resolveOrderer({ ctx, actor: actorOf(turn) }).catch((err: unknown) => {
        if (err instanceof NotAnOrdererError) return undefined;
        throw err;
      });
      const settings = owner && (await ctx.store.settings.get(owner.companyId));
      return settings ? pricingOf(settings) : undefined;
    },
    async showCart(turn) {
      const view = await viewCart({ ctx, actor: actorOf(turn) });
      await turn.context.sendActivity({
        attachments: [cardAttachment(renderCartCard(view, { ...localeOf(turn.context), thumbnailUrl: opts.thumbnailUrl }))],
      });
    },
  };
}

/** The checkout dialog's services, bound to the turn's person. */
export function checkoutDeps(ctx: ServiceContext): CheckoutDeps {
  return {
    options: async (turn) => checkoutOptionsFor(ctx, await resolveOrderer({ ctx, actor: actorOf(turn) })),
    summarise: (turn, checkoutId, record) => summariseCheckout({ ctx, actor: actorOf(turn), input: { checkoutId, record } }),
    confirm: (turn, request) => confirmCheckout({ ctx, actor: actorOf(turn), input: request }),
    cancel: (turn, checkoutId) => cancelCheckout({ ctx, actor: actorOf(turn), input: { checkoutId } }),
  };
}
