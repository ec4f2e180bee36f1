import type { CardholderSummaryView } from '../../cards/cardholderSummary';
import type { Locale, MessageKey, Translate } from '../../src/i18n';
import type { Draft } from './draft';
import { countryName } from '../../src/i18n/countryName';

/** The facts of a draft as the summary card shows them: the identity number masked. */
export function summaryView(
  draft: Draft,
  t: Translate,
  locale: Locale,
  nonce: string,
  thumbnailUrl: (photoId: string) => string | undefined,
): CardholderSummaryView {
  const facts = [
    { label: t('field.firstName'), value: draft.firstName ?? '' },
    { label: t('field.lastName'), value: draft.lastName ?? '' },
    { label: t('field.nationality'), value: countryName(draft.nationality, locale) },
    { label: t('field.identityNumber'), value: draft.identity?.masked ?? '' },
    ...(draft.dateOfBirth ? [{ label: t('field.dateOfBirth'), value: draft.dateOfBirth }] : []),
    ...(draft.coordination !== undefined
      ? [{ label: t('field.coordinationNumber'), value: draft.coordination?.masked ?? t('summary.none') }]
      : []),
    { label: t('field.email'), value: draft.email ?? '' },
    { label: t('field.mobile'), value: draft.mobile ?? '' },
    { label: t('field.cardType'), value: draft.cardType === 'visitor' ? t('choice.visitor') : t('choice.standard') },
    { label: t('field.bankId'), value: draft.hasBankId ? t('choice.yes') : t('choice.no') },
    { label: t('field.photo'), value: draft.photo ? t('summary.photo_yes') : draft.photoLater ? t('summary.photo_later') : '' },
  ];
  const notes = [
    ...(draft.hasBankId === false ? [t('summary.manual_id')] : []),
    ...(draft.photo?.findings ?? []).map((f) => t(`photo.finding.${f.code}` as MessageKey, f.params)),
  ];
  const url = draft.photo ? thumbnailUrl(draft.photo.id) : undefined;
  return { facts, notes, nonce, ...(url ? { thumbnailUrl: url } : {}) };
}
