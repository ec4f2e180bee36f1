import type { CheckoutSummaryView } from '../../cards/checkoutSummary';
import { formatAddress } from '../../src/domain/checkout/address';
import { formatSek } from '../../src/domain/checkout/money';
import type { Locale, Translate } from '../../src/i18n';
import type { Order, OrderItem } from '../../src/store/ports';
import { cardholderDetails, fullName } from '../../src/chat/cardholderText';

/**
 * The summary of an order as it was placed, from the order itself: a second click on *Confirm
 * order* (or a click on an old summary) keeps showing what was ordered instead of an error.
 */
export function placedSummaryView(
  order: Order,
  items: OrderItem[],
  env: { t: Translate; locale: Locale },
  ids: { checkoutId: string; nonce: string },
): CheckoutSummaryView {
  const { t, locale } = env;
  const money = (ore: number) => formatSek(ore, locale);
  return {
    ...ids,
    cardholders: items.map(
      (item) => `${fullName(item)}: ${cardholderDetails(item, t, locale, { manualIdKey: 'checkout.summary.manual_id' })}`,
    ),
    blockers: [],
    facts: [
      { label: t('checkout.summary.delivery'), value: order.deliveryTitle },
      ...(order.deliveryAddress ? [{ label: t('checkout.summary.address'), value: formatAddress(order.deliveryAddress) }] : []),
      { label: t('checkout.summary.recipients'), value: order.recipients.map((r) => `${r.name} (${r.mobile})`).join(', ') },
      { label: t('checkout.summary.invoice'), value: formatAddress(order.invoiceAddress) },
      { label: t('checkout.summary.expense_code'), value: order.expenseCode ?? t('checkout.summary.none') },
      { label: t('checkout.summary.terms'), value: t('checkout.summary.terms_accepted') },
    ],
    prices: [
      { label: t('checkout.summary.price_per_card'), value: money(order.pricePerCardOre) },
      { label: t('checkout.summary.cards'), value: String(order.itemCount) },
      { label: t('checkout.summary.net'), value: money(order.netOre) },
      { label: t('checkout.summary.vat', { rate: order.vatRatePercent }), value: money(order.vatOre) },
    ],
    gross: { label: t('checkout.summary.gross'), value: money(order.grossOre) },
    outcome: { text: t('checkout.outcome.placed_once', { number: order.number }), tone: 'good' },
  };
}
