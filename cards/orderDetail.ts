import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './orderDetail.json';

export interface OrderDetailItem {
  itemId: string;
  name: string;
  /** Masked identity number, card type, status, tracking. */
  details: string;
  /** The production step a reviewer can take next ('' for none). */
  step: '' | 'produce' | 'ship' | 'deliver' | 'activate';
  stepTitle: string;
  /** The orderer (or admin) may cancel this card on its own. */
  cancel: boolean;
}

/**
 * `order <number>`: status, what was ordered (delivery, recipients, money), cards (with the next production step for reviewers, and Cancel for
 * the orderer before production) and the history. One reason box serves every Cancel button.
 */
export function orderDetailCard(
  t: Translate,
  view: {
    orderId: string;
    number: string;
    status: string;
    /** Delivery, address, recipients, expense code, price per card and totals (those the order has). */
    facts?: { title: string; value: string }[];
    items: OrderDetailItem[];
    timeline: string[];
    cancelOrder: boolean;
  },
): AdaptiveCard {
  return renderTemplate(template, {
    ...view,
    facts: view.facts ?? [],
    cancelShown: view.cancelOrder || view.items.some((i) => i.cancel),
    cancelReasonLabel: t('order.cancel_reason_label'),
    cancelTitle: t('order.cancel'),
    cancelCardTitle: t('order.cancel_card'),
    title: t('order.title', { number: view.number }),
    status: t('order.status', { status: view.status }),
    itemsTitle: t('order.items'),
    timelineTitle: t('order.timeline'),
    trackingLabel: t('review.tracking_label'),
  });
}
