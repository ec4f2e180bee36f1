import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './orders.json';

export interface OrderLine {
  number: string;
  status: string;
  /** Date, number of cards. */
  details: string;
  /** The first cardholders' names. */
  names: string;
}

/** The orderer's orders, newest first; each row (and its *Open order* button) opens that order. */
export function ordersCard(t: Translate, orders: OrderLine[], total: number): AdaptiveCard {
  const countText =
    total === 0
      ? ''
      : orders.length < total
        ? t('orders.count.latest', { shown: orders.length, total })
        : t('orders.count.all', { count: total });
  return renderTemplate(template, { title: t('orders.title'), countText, orders, noneText: t('orders.none'), openTitle: t('order.open') });
}
