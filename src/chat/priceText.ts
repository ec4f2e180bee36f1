import { formatSek, orderTotals, type Pricing } from '../domain/checkout/money';
import type { Locale, Translate } from '../i18n';

export type { Pricing };

/** "SEK 199.00 per card excl. VAT". */
export const pricePerCardText = (t: Translate, locale: Locale, pricing: Pricing): string =>
  t('price.per_card', { price: formatSek(pricing.pricePerCardOre, locale) });

/** "3 cards: SEK 597.00 excl. VAT (SEK 746.25 incl. 25 % VAT)". */
export function cartTotalText(t: Translate, locale: Locale, pricing: Pricing, cardCount: number): string {
  const totals = orderTotals(cardCount, pricing.pricePerCardOre, pricing.vatRatePercent);
  return t('price.total', {
    count: cardCount,
    net: formatSek(totals.netOre, locale),
    gross: formatSek(totals.grossOre, locale),
    vat: pricing.vatRatePercent,
  });
}
