import { formatOrderNumber } from '../../src/domain/checkout/orderNumber';
import { auditRecord } from '../../src/domain/lifecycle/audit';
import { draftOrder } from '../../src/services/checkout/orderDraft';
import type { CartOwner, Order, OrderItem, OutboxDraft, PlaceOrderInput, PostalAddressRecord, Store } from '../../src/store/ports';

const ADDRESS: PostalAddressRecord = {
  name: 'Demo Bygg AB',
  careOf: null,
  street: 'Torsgatan 30',
  postalCode: '113 21',
  city: 'Stockholm',
};

export interface PlaceOptions {
  year?: number;
  at?: Date;
  /** Another owner than the checkout's (a foreign checkout). */
  as?: CartOwner;
  deliveryAddress?: PostalAddressRecord;
  saveDeliveryAddress?: boolean;
  outbox?: (order: Order, items: OrderItem[]) => OutboxDraft[];
}

/**
 * What the checkout service hands `orders.place`, for store-level tests: the owner's current cart
 * copied into a drafted order with a reserved number, the `order.submit` audit record, and the
 * outbox drafts `outbox` builds from them.
 */
export async function placementOf(store: Store, owner: CartOwner, checkoutId: string, opts: PlaceOptions = {}): Promise<PlaceOrderInput> {
  const year = opts.year ?? 2026;
  const at = opts.at ?? new Date(`${year}-03-05T10:00:00Z`);
  const cart = await store.cart.list(owner);
  const number = formatOrderNumber(year, await store.orders.reserveNumber(year));
  const n = cart.length;
  const { order, items } = draftOrder({
    number,
    checkoutId,
    owner: opts.as ?? owner,
    cart,
    delivery: { optionId: 'standard', kind: 'address', title: 'Standard delivery', address: opts.deliveryAddress ?? ADDRESS },
    recipients: [{ name: 'Olle Orderer', mobile: '+46701234567' }],
    invoiceAddress: ADDRESS,
    expenseCode: 'P-1234',
    termsVersion: 'v1',
    totals: { pricePerCardOre: 19900, vatRatePercent: 25, netOre: 19900 * n, vatOre: 4975 * n, grossOre: 24875 * n },
    at,
  });
  const audit = auditRecord({
    subject: { type: 'order', id: order.id },
    who: { kind: 'orderer', personId: owner.ordererId },
    when: at,
    what: 'order.submit',
    from: null,
    to: 'submitted',
  });
  return {
    checkoutId,
    owner: opts.as ?? owner,
    order,
    items,
    saveDeliveryAddress: opts.saveDeliveryAddress ?? false,
    effects: { audit: [audit], outbox: opts.outbox?.(order, items) ?? [] },
  };
}
