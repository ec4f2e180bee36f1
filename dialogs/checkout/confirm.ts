import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { checkoutSummaryCard, type CheckoutSummaryView } from '../../cards/checkoutSummary';
import { noticeCard } from '../../cards/notice';
import { cardAttachment, type AdaptiveCard } from '../../cards/render';
import type { CheckoutOptions } from '../../src/services/checkout/checkoutOptions';
import type { PlaceOrderRequest } from '../../src/services/checkout/placeOrder';
import { setInvokeReply } from '../../src/chat/invokeReply';
import type { CheckoutDeps, CheckoutMoves, CheckoutState } from './state';
import { chosenAddress } from './draft';
import type { StepEnv } from './steps';
import { summaryView } from './summaryView';

type Outcome = NonNullable<CheckoutSummaryView['outcome']>;

/** The clicked summary is replaced in the invoke answer; a typed answer updates the sent card in place. */
async function replaceSummary(context: TurnContext, state: CheckoutState, clicked: boolean, card: AdaptiveCard): Promise<void> {
  if (clicked) setInvokeReply(context, { card });
  else if (state.summaryActivityId) await context.updateActivity({ id: state.summaryActivityId, type: 'message', attachments: [cardAttachment(card)] }).catch(() => undefined);
}

const closedNotice = (env: StepEnv, outcome: Outcome) => noticeCard(outcome.text, { title: env.t('checkout.summary.title'), tone: outcome.tone });

/** Turns the summary read-only with an outcome (Edit, Cancel), redrawn from the cart as it is. */
export async function closeSummary(deps: CheckoutDeps, context: TurnContext, state: CheckoutState, env: StepEnv, clicked: boolean, outcome: Outcome): Promise<void> {
  const preview = await deps.summarise(context, state.checkoutId, false);
  const card =
    preview.kind === 'open' && preview.cart.lines.length > 0
      ? checkoutSummaryCard(env.t, { ...summaryView(preview, state.draft, env, { checkoutId: state.checkoutId, nonce: state.nonce }), outcome })
      : closedNotice(env, outcome);
  await replaceSummary(context, state, clicked, card);
}

export function placeRequest(state: CheckoutState, options: CheckoutOptions): PlaceOrderRequest {
  const { draft } = state;
  const address = chosenAddress(draft, options);
  return {
    checkoutId: state.checkoutId,
    deliveryOptionId: draft.deliveryOptionId ?? '',
    deliveryAddress: address ? { name: address.name, careOf: address.careOf, street: address.street, postalCode: address.postalCode, city: address.city } : null,
    saveAddress: address?.save ?? false,
    recipients: draft.recipients,
    expenseCode: draft.expenseCode ?? null,
    invoiceAddressId: draft.invoiceAddressId ?? '',
    acceptedTermsVersion: draft.acceptedTermsVersion ?? '',
  };
}

/**
 * Confirm order. The service's one transaction decides; here each outcome gets its card and
 * sentence: placed, already placed (double click, another chat), or stopped with nothing ordered.
 */
export async function confirmOrder(dialog: CheckoutMoves, deps: CheckoutDeps, dc: DialogContext, state: CheckoutState, env: StepEnv, clicked: boolean): Promise<DialogTurnResult> {
  const { t } = env;
  const { context } = dc;
  const ids = { checkoutId: state.checkoutId, nonce: state.nonce };
  const preview = await deps.summarise(context, state.checkoutId, false);
  const result = await deps.place(context, placeRequest(state, env.options));
  switch (result.kind) {
    case 'placed': {
      const outcome: Outcome = { text: t('checkout.outcome.placed', { number: result.order.number }), tone: 'good' };
      const card = preview.kind === 'open' ? checkoutSummaryCard(t, { ...summaryView(preview, state.draft, env, ids), outcome }) : closedNotice(env, outcome);
      await replaceSummary(context, state, clicked, card);
      await context.sendActivity(t('checkout.placed', { number: result.order.number }));
      return dc.endDialog();
    }
    case 'already_placed':
    case 'ordered_elsewhere': {
      const number = result.order.number;
      await replaceSummary(context, state, clicked, closedNotice(env, { text: t('checkout.outcome.already_placed', { number }), tone: 'attention' }));
      if (result.kind === 'ordered_elsewhere') await deps.cancel(context, state.checkoutId);
      await context.sendActivity(t('checkout.already_placed', { number }));
      return dc.endDialog();
    }
    case 'cart_changed':
    case 'blocked':
      await replaceSummary(context, state, clicked, closedNotice(env, { text: t('checkout.outcome.outdated'), tone: 'attention' }));
      await context.sendActivity(t(result.kind === 'blocked' ? 'checkout.still_blocked' : 'checkout.cart_changed'));
      return (await dialog.sendSummary(context, state, env)) ? Dialog.EndOfTurn : dc.endDialog();
    case 'terms_changed':
      await replaceSummary(context, state, clicked, closedNotice(env, { text: t('checkout.outcome.outdated'), tone: 'attention' }));
      await context.sendActivity(t('checkout.terms_changed'));
      state.draft = { ...state.draft, acceptedTermsVersion: undefined };
      return dialog.advance(dc, state, env);
    case 'settings_changed':
    case 'not_open': {
      const message = t(result.kind === 'settings_changed' ? 'checkout.settings_changed' : 'checkout.not_open');
      await replaceSummary(context, state, clicked, closedNotice(env, { text: message, tone: 'attention' }));
      await context.sendActivity(message);
      return dc.endDialog();
    }
  }
}
