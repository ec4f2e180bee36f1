import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './approval.json';

export interface ApprovalCardView {
  itemId: string;
  round: number;
  intro: string;
  /** Exactly what will be printed: name, identity number (in full, only on this card), company, card type. */
  facts: { label: string; value: string }[];
  thumbnailUrl: string;
  reminder: boolean;
  /** Set once decided: the card is read-only and shows this instead of the buttons. */
  outcome?: { text: string; tone: 'good' | 'attention' | 'default' };
}

export const FIELDS = ['name', 'identity', 'photo', 'company', 'cardType', 'other'] as const;

/** The cardholder's approval card (1:1): Approve, or Something is wrong with a field and a reason. */
export function approvalCard(t: Translate, view: ApprovalCardView): AdaptiveCard {
  const open = !view.outcome;
  const actions = open
    ? [
        { title: t('approval.approve'), verb: 'approval.decide', decision: 'approve', inputs: 'none' },
        { title: t('approval.wrong'), verb: 'approval.decide', decision: 'decline', inputs: 'auto' },
      ]
    : [];
  return renderTemplate(template, {
    title: t('approval.title'),
    reminder: open && view.reminder ? t('approval.reminder') : '',
    intro: view.intro,
    facts: view.facts,
    thumbnailUrl: view.thumbnailUrl,
    photoAlt: t('approval.name'),
    note: open ? t('approval.passport_note') : '',
    open,
    fieldLabel: t('approval.field_label'),
    fields: FIELDS.map((value) => ({ title: t(`approval.field.${value}`), value })),
    reasonLabel: t('approval.reason_label'),
    outcome: view.outcome?.text ?? '',
    outcomeColor: { good: 'Good', attention: 'Attention', default: 'Default' }[view.outcome?.tone ?? 'default'],
    actions,
    itemId: view.itemId,
    round: String(view.round),
  });
}
