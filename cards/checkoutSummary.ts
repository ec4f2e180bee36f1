import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './checkoutSummary.json';

export interface LabelledValue {
  label: string;
  value: string;
}

export interface CheckoutSummaryView {
  checkoutId: string;
  nonce: string;
  /** One line per cardholder, identity number masked. */
  cardholders: string[];
  /** Delivery, address, recipients, invoice address, expense code, terms. */
  facts: LabelledValue[];
  /** Price per card, number of cards, net, VAT. */
  prices: LabelledValue[];
  gross: LabelledValue;
  /** Why some cardholders cannot be ordered; when any, there is no Confirm button. */
  blockers: string[];
  /** When set, the card is read-only and shows what happened. */
  outcome?: { text: string; tone: 'good' | 'attention' | 'default' };
}

const COLORS = { good: 'Good', attention: 'Attention', default: 'Default' } as const;

/** The last step of the checkout: everything that will be ordered, with Confirm order / Edit / Cancel. */
export function checkoutSummaryCard(t: Translate, view: CheckoutSummaryView): AdaptiveCard {
  const blocked = view.blockers.length > 0;
  const actions = view.outcome
    ? []
    : [
        blocked
          ? { title: t('checkout.summary.open_cart'), verb: 'cart.show', style: 'default' }
          : { title: t('checkout.summary.confirm'), verb: 'order.confirm', style: 'positive' },
        { title: t('checkout.summary.edit'), verb: 'checkout.edit', style: 'default' },
        { title: t('checkout.summary.cancel'), verb: 'checkout.cancel', style: 'default' },
      ];
  return renderTemplate(template, {
    title: t('checkout.summary.title'),
    intro: view.outcome ? '' : t('checkout.summary.intro'),
    cardholdersTitle: t('checkout.summary.cardholders', { count: view.cardholders.length }),
    // One text block for all cardholders keeps a 300-person order well under Teams' size limit.
    cardholders: view.cardholders.map((line) => `- ${line}`).join('\r'),
    blockedIntro: t('checkout.summary.blocked'),
    blockers: view.blockers,
    facts: view.facts,
    prices: view.prices,
    gross: `${view.gross.label}: ${view.gross.value}`,
    outcome: view.outcome?.text ?? '',
    outcomeColor: COLORS[view.outcome?.tone ?? 'default'],
    actions,
    checkoutId: view.checkoutId,
    nonce: view.nonce,
  });
}
