import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './cart.json';

export interface CartLine {
  name: string;
  details: string;
}

export function cartCard(t: Translate, items: CartLine[]): AdaptiveCard {
  return renderTemplate(template, {
    title: t('cart.title'),
    countText: items.length === 1 ? t('cart.count.one') : t('cart.count.many', { count: items.length }),
    items,
    emptyText: t('cart.empty'),
    newCard: t('cart.new_card'),
  });
}
