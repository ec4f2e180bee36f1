import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './photoFindings.json';

export const USE_PHOTO = 'use';
export const RETRY_PHOTO = 'retry';

export interface PhotoFindingsView {
  /** The findings, already in the user's language. */
  findings: string[];
  thumbnailUrl?: string;
  nonce: string;
  /** When set, the card is read-only and shows the answer instead of buttons. */
  answered?: string;
}

/** A received photo with soft findings: the advice, the thumbnail, and Use anyway / Try another. */
export function photoFindingsCard(t: Translate, view: PhotoFindingsView): AdaptiveCard {
  const choices = view.answered
    ? []
    : [
        { title: t('photo.findings.use'), value: USE_PHOTO },
        { title: t('photo.findings.retry'), value: RETRY_PHOTO },
      ];
  return renderTemplate(template, {
    intro: t('photo.findings.intro'),
    findings: view.findings,
    thumbnailUrl: view.thumbnailUrl ?? '',
    photoAlt: t('field.photo'),
    question: t('photo.findings.question'),
    answered: view.answered ?? '',
    choices,
    nonce: view.nonce,
  });
}
