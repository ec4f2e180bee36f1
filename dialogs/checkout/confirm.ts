import type { DialogContext } from 'botbuilder-dialogs';
import { checkoutSummaryCard, type CheckoutSummaryView } from '../../cards/checkoutSummary';
import { noticeCard } from '../../cards/notice';
import { cardAttachment, type AdaptiveCard } from '../../cards/render';
import type { PlaceOrderRequest } from '../../src/services/checkout/confirmCheckout';
import type { InvokeReply } from '../../src/chat/invokeReply';
import type { CheckoutDeps, CheckoutEnv, CheckoutMoves, CheckoutState, CheckoutTurn } from './state';
import { summaryView } from './summaryView';

type Outcome = NonNullable<CheckoutSummaryView['outcome']>;

/** The clicked summary is replaced in the invoke answer (returned); a typed answer updates the sent card in place. */
async function replaceSummary(
  env: CheckoutTurn,
  state: CheckoutState,
  clicked: boolean,
  card: AdaptiveCard,
): Promise<InvokeReply | undefined> {
  if (clicked) return { card };
  if (state.summaryActivityId) {
    await env.turn.context
      .updateActivity({ id: state.summaryActivityId, type: 'message', attachments: [cardAttachment(card)] })
      .catch(() => undefined);
  }
  return undefined;
}

const closedNotice = (env: CheckoutTurn, outcome: Outcome) =>
  noticeCard(outcome.text, { title: env.t('checkout.summary.title'), tone: outcome.tone });

/** Turns the summary read-only with an outcome (Edit, Cancel), redrawn from the cart as it is. */
export async function closeSummary(
  deps: CheckoutDeps,
  state: CheckoutState,
  env: CheckoutEnv,
  clicked: boolean,
  outcome: Outcome,
): Promise<InvokeReply | undefined> {
  const preview = await deps.summarise(env.turn, state.checkoutId, false);
  const card =
    preview.kind === 'open' && preview.cart.lines.length > 0
      ? checkoutSummaryCard(env.t, {
          ...summaryView(preview, state.draft, env, { checkoutId: state.checkoutId, nonce: state.nonce }),
          outcome,
        })
      : closedNotice(env, outcome);
  return replaceSummary(env, state, clicked, card);
}

/** The answers as the service takes them: a saved address by its id (the service resolves it from the options it reads). */
export function placeRequest(state: CheckoutState): PlaceOrderRequest {
  const { draft } = state;
  const address = draft.address;
  return {
    checkoutId: state.checkoutId,
    deliveryOptionId: draft.deliveryOptionId ?? '',
    deliveryAddress: !address ? null : 'typed' in address ? { ...address.typed } : { savedId: address.savedId },
    saveAddress: !!address && 'typed' in address && address.save,
    recipients: draft.recipients,
    expenseCode: draft.expenseCode ?? null,
    invoiceAddressId: draft.invoiceAddressId ?? '',
    acceptedTermsVersion: draft.acceptedTermsVersion ?? '',
  };
}

/**
 * Confirm order. One service call reads what it needs once and its one transaction decides; here
 * each outcome gets its card and sentence: placed, already placed (double click, another chat), or
 * stopped with nothing ordered. The options are read again only when the dialog goes on asking.
 */
export async function confirmOrder(
  dialog: CheckoutMoves,
  deps: CheckoutDeps,
  dc: DialogContext,
  state: CheckoutState,
  base: CheckoutTurn,
  clicked: boolean,
): Promise<InvokeReply | undefined> {
  const { t, turn } = base;
  const { context } = turn;
  const ids = { checkoutId: state.checkoutId, nonce: state.nonce };
  const { outcome: result, summary } = await deps.confirm(turn, placeRequest(state));
  const env = async (): Promise<CheckoutEnv> => ({ ...base, options: summary?.options ?? (await deps.options(turn)) });
  switch (result.kind) {
    case 'placed': {
      const outcome: Outcome = { text: t('checkout.outcome.placed', { number: result.order.number }), tone: 'good' };
      const card = summary
        ? checkoutSummaryCard(t, { ...summaryView(summary, state.draft, base, ids), outcome })
        : closedNotice(base, outcome);
      const reply = await replaceSummary(base, state, clicked, card);
      await context.sendActivity(t('checkout.placed', { number: result.order.number }));
      await dc.endDialog();
      return reply;
    }
    case 'already_placed':
    case 'ordered_elsewhere': {
      const number = result.order.number;
      const reply = await replaceSummary(
        base,
        state,
        clicked,
        closedNotice(base, { text: t('checkout.outcome.already_placed', { number }), tone: 'attention' }),
      );
      if (result.kind === 'ordered_elsewhere') await deps.cancel(turn, state.checkoutId);
      await context.sendActivity(t('checkout.already_placed', { number }));
      await dc.endDialog();
      return reply;
    }
    case 'cart_changed':
    case 'blocked': {
      const reply = await replaceSummary(
        base,
        state,
        clicked,
        closedNotice(base, { text: t('checkout.outcome.outdated'), tone: 'attention' }),
      );
      await context.sendActivity(t(result.kind === 'blocked' ? 'checkout.still_blocked' : 'checkout.cart_changed'));
      if (!(await dialog.sendSummary(state, await env()))) await dc.endDialog();
      return reply;
    }
    case 'terms_changed': {
      const reply = await replaceSummary(
        base,
        state,
        clicked,
        closedNotice(base, { text: t('checkout.outcome.outdated'), tone: 'attention' }),
      );
      await context.sendActivity(t('checkout.terms_changed'));
      state.draft = { ...state.draft, acceptedTermsVersion: undefined };
      await dialog.advance(dc, state, await env());
      return reply;
    }
    case 'settings_changed':
    case 'not_open': {
      const message = t(result.kind === 'settings_changed' ? 'checkout.settings_changed' : 'checkout.not_open');
      const reply = await replaceSummary(base, state, clicked, closedNotice(base, { text: message, tone: 'attention' }));
      await context.sendActivity(message);
      await dc.endDialog();
      return reply;
    }
  }
}
