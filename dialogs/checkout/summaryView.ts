import type { CheckoutSummaryView, LabelledValue } from '../../cards/checkoutSummary';
import { formatAddress } from '../../src/domain/checkout/address';
import { formatSek } from '../../src/domain/checkout/money';
import type { Locale, Translate } from '../../src/i18n';
import type { CheckoutSummary } from '../../src/services/checkout/summariseCheckout';
import { cardholderDetails, fullName, summaryBlockerText } from '../../src/chat/cardholderText';
import { chosenAddress, chosenDelivery, chosenInvoice, type CheckoutDraft } from './draft';
import { recipientList } from './steps';

/** The summary card's content: every cardholder, delivery, recipients, invoice, expense code, price, VAT, total. */
export function summaryView(
  summary: Extract<CheckoutSummary, { kind: 'open' }>,
  draft: CheckoutDraft,
  env: { t: Translate; locale: Locale },
  ids: { checkoutId: string; nonce: string },
): CheckoutSummaryView {
  const { t, locale } = env;
  const { cart, options, totals } = summary;
  const delivery = chosenDelivery(draft, options);
  const address = chosenAddress(draft, options);
  const invoice = chosenInvoice(draft, options);
  const facts: LabelledValue[] = [
    { label: t('checkout.summary.delivery'), value: delivery ? `${delivery.title[locale]}: ${delivery.description[locale]}` : '' },
    ...(address
      ? [
          {
            label: t('checkout.summary.address'),
            value: `${formatAddress(address)}${address.save ? ` ${t('checkout.summary.new_address_saved')}` : ''}`,
          },
        ]
      : []),
    { label: t('checkout.summary.recipients'), value: recipientList(draft) },
    { label: t('checkout.summary.invoice'), value: invoice ? formatAddress(invoice) : '' },
    { label: t('checkout.summary.expense_code'), value: draft.expenseCode ?? t('checkout.summary.none') },
    { label: t('checkout.summary.terms'), value: t('checkout.summary.terms_accepted') },
  ];
  const money = (ore: number) => formatSek(ore, locale);
  return {
    ...ids,
    cardholders: cart.lines.map(
      ({ item }) => `${fullName(item)}: ${cardholderDetails(item, t, locale, { manualIdKey: 'checkout.summary.manual_id' })}`,
    ),
    blockers: cart.blocked.map((l) => summaryBlockerText(fullName(l.item), l.photo, t)),
    facts,
    prices: [
      { label: t('checkout.summary.price_per_card'), value: money(totals.pricePerCardOre) },
      { label: t('checkout.summary.cards'), value: String(totals.cardCount) },
      { label: t('checkout.summary.net'), value: money(totals.netOre) },
      { label: t('checkout.summary.vat', { rate: totals.vatRatePercent }), value: money(totals.vatOre) },
    ],
    gross: { label: t('checkout.summary.gross'), value: money(totals.grossOre) },
  };
}
