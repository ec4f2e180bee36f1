import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './cardholderSummary.json';

export interface SummaryFact {
  label: string;
  value: string;
}

export interface CardholderSummaryView {
  facts: SummaryFact[];
  notes: string[];
  thumbnailUrl?: string;
  nonce: string;
  /** When set, the card is read-only and shows this outcome instead of buttons. */
  outcome?: string;
  /** Editing a cardholder already in the cart: "Save changes" instead of "Add to cart". */
  edit?: boolean;
}

export function cardholderSummaryCard(t: Translate, view: CardholderSummaryView): AdaptiveCard {
  const actions = view.outcome
    ? []
    : [
        { title: view.edit ? t('cart.edit.save') : t('summary.add'), verb: 'newcard.add' },
        { title: t('summary.edit'), verb: 'newcard.edit' },
        { title: t('summary.cancel'), verb: 'newcard.cancel' },
      ];
  return renderTemplate(template, {
    title: view.edit ? t('cart.edit.title') : t('summary.title'),
    intro: view.outcome ? '' : view.edit ? `${t('cart.edit.intro')} ${t('summary.intro')}` : t('summary.intro'),
    facts: view.facts,
    notes: view.notes,
    thumbnailUrl: view.thumbnailUrl ?? '',
    photoAlt: t('field.photo'),
    outcome: view.outcome ?? '',
    actions,
    nonce: view.nonce,
  });
}
