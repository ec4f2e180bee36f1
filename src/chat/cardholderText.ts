import { countryName } from '../i18n/countryName';
import { maskIdentity, type IdentityScheme } from '../domain/identity';
import type { PhotoState } from '../domain/checkout/photoBlockers';
import type { Locale, Translate } from '../i18n';
import { photoMessageKey } from '../photos';
import type { PhotoFindingRecord } from '../store/ports';

/** The fields every cardholder line needs, whether from a cart item or an order item. */
export interface CardholderFacts {
  firstName: string;
  lastName: string;
  nationality: string;
  identityScheme: string;
  identityNumber: string;
  cardType: 'standard' | 'visitor';
  manualIdVerification: boolean;
}

export const fullName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;

/** Masked identity number, nationality, card type and the manual-ID flag, for cards. */
export function cardholderDetails(
  c: CardholderFacts,
  t: Translate,
  locale: Locale,
  opts: { manualIdKey?: 'cart.manual_id' | 'checkout.summary.manual_id' } = {},
): string {
  return [
    maskIdentity(c.identityNumber, c.identityScheme as IdentityScheme),
    countryName(c.nationality, locale),
    c.cardType === 'visitor' ? t('choice.visitor') : t('choice.standard'),
    ...(c.manualIdVerification ? [t(opts.manualIdKey ?? 'cart.manual_id')] : []),
  ].join(' · ');
}

export function findingTexts(findings: PhotoFindingRecord[], t: Translate): string[] {
  return findings.map((f) => t(photoMessageKey('finding', f.code, f.params), f.params));
}

/** Why the photo blocks checkout, as the cart shows it; empty when it does not. */
export function photoBlockerText(photo: PhotoState, t: Translate): string[] {
  switch (photo.kind) {
    case 'ok':
      return [];
    case 'missing':
      return [t('cart.photo.missing')];
    case 'unavailable':
      return [t('cart.photo.unavailable')];
    case 'failed':
      return [t('cart.photo.failed', { reason: t(photoMessageKey('failure', photo.code, photo.params), photo.params) })];
  }
}

/** The same reason in one line with the cardholder's name, for the checkout summary. */
export function summaryBlockerText(name: string, photo: PhotoState, t: Translate): string {
  if (photo.kind === 'failed')
    return t('checkout.blocker.failed', { name, reason: t(photoMessageKey('failure', photo.code, photo.params), photo.params) });
  return t(photo.kind === 'unavailable' ? 'checkout.blocker.unavailable' : 'checkout.blocker.missing', { name });
}
