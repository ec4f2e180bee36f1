/**
 * Money is an integer number of öre (1/100 SEK), so sums never drift. VAT is worked out on the
 * order's net total (as on the invoice), rounded half up to whole öre.
 */
export interface OrderTotals {
  cardCount: number;
  pricePerCardOre: number;
  vatRatePercent: number;
  netOre: number;
  vatOre: number;
  grossOre: number;
}

/** A company's price as the orderer sees it before the summary (cart, card-type question, delivery options). */
export interface Pricing {
  /** Excluding VAT, in öre. */
  pricePerCardOre: number;
  vatRatePercent: number;
}

/** The price part of a company's ordering settings. */
export const pricingOf = (settings: Pricing): Pricing => ({
  pricePerCardOre: settings.pricePerCardOre,
  vatRatePercent: settings.vatRatePercent,
});

function assertWholeNonNegative(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole, non-negative number, got ${value}`);
}

export function vatOf(netOre: number, vatRatePercent: number): number {
  assertWholeNonNegative('netOre', netOre);
  assertWholeNonNegative('vatRatePercent', vatRatePercent);
  return Math.floor((netOre * vatRatePercent + 50) / 100);
}

export function orderTotals(cardCount: number, pricePerCardOre: number, vatRatePercent: number): OrderTotals {
  assertWholeNonNegative('cardCount', cardCount);
  assertWholeNonNegative('pricePerCardOre', pricePerCardOre);
  const netOre = cardCount * pricePerCardOre;
  const vatOre = vatOf(netOre, vatRatePercent);
  return { cardCount, pricePerCardOre, vatRatePercent, netOre, vatOre, grossOre: netOre + vatOre };
}

/** `SEK 1,234.50` in English, `1 234,50 kr` in Swedish. */
export function formatSek(ore: number, locale: 'en' | 'sv'): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`not a whole number of öre: ${ore}`);
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const kronor = Math.floor(abs / 100).toString();
  const ore2 = (abs % 100).toString().padStart(2, '0');
  const grouped = kronor.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'sv' ? ' ' : ',');
  return locale === 'sv' ? `${sign}${grouped},${ore2} kr` : `${sign}SEK ${grouped}.${ore2}`;
}
