import { formatAddress } from '../../../domain/checkout/address';
import { formatSek } from '../../../domain/checkout/money';
import type { Locale, Translate } from '../../../i18n';
import type { Order } from '../../../store/ports';

export interface OrderFact {
  title: string;
  value: string;
}

/**
 * What was ordered, as the order's card states it: how and where it is delivered, to whom, the
 * expense code and the money (price per card, totals). Each only when the order has it (orders
 * placed before a field existed, a pick-up without an address).
 */
export function orderFacts(t: Translate, order: Order, locale: Locale): OrderFact[] {
  const sek = (ore: number) => formatSek(ore, locale);
  const facts: (OrderFact | false)[] = [
    !!order.deliveryTitle && { title: t('checkout.summary.delivery'), value: order.deliveryTitle },
    order.deliveryKind === 'address' &&
      !!order.deliveryAddress && { title: t('checkout.summary.address'), value: formatAddress(order.deliveryAddress) },
    (order.recipients ?? []).length > 0 && {
      title: t('checkout.summary.recipients'),
      value: order.recipients.map((r) => (r.mobile ? `${r.name} (${r.mobile})` : r.name)).join(', '),
    },
    !!order.expenseCode && { title: t('checkout.summary.expense_code'), value: order.expenseCode },
    order.pricePerCardOre > 0 && { title: t('checkout.summary.price_per_card'), value: sek(order.pricePerCardOre) },
    order.grossOre > 0 && { title: t('checkout.summary.net'), value: sek(order.netOre) },
    order.grossOre > 0 && { title: t('checkout.summary.gross'), value: sek(order.grossOre) },
  ];
  return facts.filter((f): f is OrderFact => !!f);
}
