import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './review.json';

export interface ReviewItemLine {
  itemId: string;
  name: string;
  /** Masked identity number, nationality, card type. */
  details: string;
  status: string;
  /** Photo findings, the manual-ID flag. */
  notes: string[];
  thumbnailUrl: string;
}

export interface ReviewCardView {
  orderId: string;
  title: string;
  facts: string;
  items: ReviewItemLine[];
  /** Still decidable: buttons and the reason box are shown. */
  open: boolean;
  outcome: string;
  outcomeTone: 'good' | 'attention';
}

/** The issuer's review card: every cardholder with photo, findings and flags; approve or reject. */
export function reviewCard(t: Translate, view: ReviewCardView): AdaptiveCard {
  const actions = view.open
    ? [
        { title: t('review.approve'), decision: 'approve' },
        { title: t('review.reject'), decision: 'reject' },
      ]
    : [];
  return renderTemplate(template, {
    ...view,
    rejectItemTitle: t('review.reject_item'),
    reasonLabel: t('review.reason_label'),
    outcomeColor: view.outcomeTone === 'good' ? 'Good' : 'Attention',
    actions,
  });
}
