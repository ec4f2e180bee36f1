import type { ItemSnapshot } from '../../domain/lifecycle/states';
import type { OrderItem } from '../../store/ports';

export const snapshotOf = (item: OrderItem): ItemSnapshot => ({
  id: item.id,
  orderId: item.orderId,
  state: item.status,
  review: item.cardReview ?? 'with_order',
  reason: item.reason,
  declinedField: item.declinedField,
  trackingRef: item.trackingRef,
  validUntil: item.validUntil ?? null,
});
