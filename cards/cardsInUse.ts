import type { Translate } from '../src/i18n';
import noticeTemplate from './cardNotice.json';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './cardsInUse.json';

export interface CardsInUseLine {
  itemId: string;
  name: string;
  /** Masked identity number and order number. */
  details: string;
  state: string;
  stateColor: 'Good' | 'Attention' | 'Default';
  /** Valid-until, or that a renewal is ordered. */
  note: string;
  block: boolean;
  end: boolean;
  renew: boolean;
  replace: boolean;
}

/** `cards in use`: search by name, each card with its state and the buttons its state allows. */
export function cardsInUseCard(
  t: Translate,
  view: { title: string; countText: string; query: string; lines: CardsInUseLine[] },
): AdaptiveCard {
  return renderTemplate(template, {
    ...view,
    searchLabel: t('cards.search_label'),
    searchTitle: t('cards.search'),
    blockTitle: t('cards.report_lost'),
    endTitle: t('cards.end'),
    renewTitle: t('cards.renew'),
    replaceTitle: t('cards.replace'),
  });
}

/**
 * A notice about one card: the outcome of a click, an end reminder or a lapse, with Renew or
 * Order a replacement (`offer`), or the confirmation End card asks for (`confirmEnd`).
 */
export function cardNoticeCard(
  t: Translate,
  view: {
    itemId: string;
    title?: string;
    text: string;
    tone?: 'good' | 'attention' | 'default';
    offer?: 'renew' | 'replace';
    confirmEnd?: boolean;
  },
): AdaptiveCard {
  const color = { good: 'Good', attention: 'Attention', default: 'Default' }[view.tone ?? 'default'];
  return renderTemplate(noticeTemplate, {
    itemId: view.itemId,
    title: view.title ?? '',
    text: view.text,
    color,
    confirmEnd: !!view.confirmEnd,
    endReasonLabel: t('cards.end_reason_label'),
    confirmTitle: t('cards.end_confirm_button'),
    keepTitle: t('cards.keep'),
    offer: view.offer ?? '',
    offerTitle: view.offer === 'replace' ? t('cards.replace') : t('cards.renew'),
  });
}
