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
  /** The signed, expiring link to the full-size photo: the thumbnail opens it. '' when there is none. */
  photoUrl?: string;
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
        { title: t('review.approve'), verb: 'review.decide', decision: 'approve' },
        { title: t('review.reject'), verb: 'review.decide', decision: 'reject' },
        { title: t('review.reject_item'), verb: 'review.rejectItem', decision: '' },
      ]
    : [];
  return renderTemplate(template, {
    ...view,
    items: view.items.map((item) => ({ ...item, photoUrl: item.photoUrl ?? '' })),
    rejectItemLabel: t('review.reject_item_label'),
    reasonLabel: t('review.reason_label'),
    outcomeColor: view.outcomeTone === 'good' ? 'Good' : 'Attention',
    actions,
  });
}
