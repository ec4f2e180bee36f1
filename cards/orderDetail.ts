import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './orderDetail.json';

export interface OrderDetailItem {
  itemId: string;
  name: string;
  /** Masked identity number, card type, status, tracking. */
  details: string;
  /** The production step a reviewer can take next ('' for none). */
  step: '' | 'produce' | 'ship' | 'deliver';
  stepTitle: string;
}

/** `order <number>`: status, cards (with the next production step for reviewers) and the history. */
export function orderDetailCard(t: Translate, view: { number: string; status: string; items: OrderDetailItem[]; timeline: string[] }): AdaptiveCard {
  return renderTemplate(template, {
    ...view,
    title: t('order.title', { number: view.number }),
    status: t('order.status', { status: view.status }),
    itemsTitle: t('order.items'),
    timelineTitle: t('order.timeline'),
    trackingLabel: t('review.tracking_label'),
  });
}
