import { randomUUID } from 'node:crypto';
import type { CartItem, Order, OrderItem, OrderRecipient, PostalAddressRecord } from '../../store/ports';

export interface OrderDraftInput {
  number: string;
  checkoutId: string;
  owner: { companyId: string; ordererId: string };
  cart: CartItem[];
  delivery: { optionId: string; kind: 'address' | 'pickup'; title: string; address: PostalAddressRecord | null };
  recipients: OrderRecipient[];
  invoiceAddress: PostalAddressRecord;
  expenseCode: string | null;
  termsVersion: string;
  totals: { pricePerCardOre: number; vatRatePercent: number; netOre: number; vatOre: number; grossOre: number };
  at: Date;
}

/** The order and its items as placing it will write them: the cart items copied, each with its own id and position. */
export function draftOrder(input: OrderDraftInput): { order: Order; items: OrderItem[] } {
  const { at, owner, delivery, totals } = input;
  const order: Order = {
    id: randomUUID(),
    number: input.number,
    companyId: owner.companyId,
    ordererId: owner.ordererId,
    checkoutId: input.checkoutId,
    status: 'submitted',
    deliveryOptionId: delivery.optionId,
    deliveryKind: delivery.kind,
    deliveryTitle: delivery.title,
    deliveryAddress: delivery.kind === 'address' ? delivery.address : null,
    recipients: input.recipients,
    invoiceAddress: input.invoiceAddress,
    expenseCode: input.expenseCode,
    termsVersion: input.termsVersion,
    itemCount: input.cart.length,
    ...totals,
    reason: null,
    createdAt: at,
    updatedAt: at,
  };
  const items = input.cart.map(
    ({ id, companyId: _c, ordererId: _o, photoFailure: _f, createdAt: _ca, updatedAt: _ua, photoId, ...person }, position): OrderItem => {
      if (!photoId) throw new Error('an item without a photo cannot be ordered; the service refuses it first');
      return {
        ...person,
        id: randomUUID(),
        orderId: order.id,
        position,
        cartItemId: id,
        status: 'awaiting_cardholder',
        photoId,
        reason: null,
        declinedField: null,
        trackingRef: null,
        cardholderPersonId: null,
        approvalRound: 0,
        remindAt: null,
        remindersSent: 0,
        expiresAt: null,
        createdAt: at,
        updatedAt: null,
      };
    },
  );
  return { order, items };
}
