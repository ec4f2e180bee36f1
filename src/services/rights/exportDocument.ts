import type { AuditEntry, CartItem, OrderItem, Order, Store } from '../../store/ports';

/** How long an export's signed download link works. */
export const EXPORT_LINK_TTL_MS = 15 * 60_000;

const cardholderFields = (i: CartItem | OrderItem) => ({
  firstName: i.firstName,
  lastName: i.lastName,
  nationality: i.nationality,
  identityScheme: i.identityScheme,
  identityNumber: i.identityNumber,
  coordinationNumber: i.coordinationNumber,
  dateOfBirth: i.dateOfBirth,
  email: i.email,
  mobile: i.mobile,
  cardType: i.cardType,
  hasBankId: i.hasBankId,
});

const timeline = (entries: AuditEntry[]) =>
  entries.map((e) => ({ at: e.when.toISOString(), what: e.what, by: e.who.kind, from: e.from, to: e.to }));

/**
 * Everything held about the export request's cardholder, built when the signed link is fetched (the
 * file itself is never stored): cart drafts, order items with their order and timeline, and the
 * photos as base64 JPEG. Undefined for an unknown request or one that is not an export.
 */
export async function exportDocument(store: Store, requestId: string, now: Date): Promise<object | undefined> {
  const request = await store.cardholders.request(requestId);
  if (!request || request.kind !== 'export') return undefined;
  const held = await store.cardholders.heldAbout(request.companyId, request.email);
  const photo = async (id: string | null) => {
    const stored = id ? await store.photos.get(id) : undefined;
    return stored ? { jpegBase64: stored.jpeg.toString('base64'), takenAt: stored.createdAt.toISOString() } : null;
  };
  const orderItem = async (item: OrderItem & { order: Order }) => ({
    orderNumber: item.order.number,
    orderStatus: item.order.status,
    status: item.status,
    placedAt: item.order.createdAt.toISOString(),
    ...cardholderFields(item),
    numbersErasedAt: item.identityErasedAt?.toISOString() ?? null,
    photo: item.photoErasedAt ? null : await photo(item.photoId),
    orderTimeline: timeline(await store.audit.list({ type: 'order', id: item.order.id })),
    timeline: timeline(await store.audit.list({ type: 'item', id: item.id })),
  });
  return {
    exportedAt: now.toISOString(),
    companyId: request.companyId,
    cardholderEmail: request.email,
    cartItems: await Promise.all(
      held.cartItems.map(async (i) => ({ ...cardholderFields(i), addedAt: i.createdAt.toISOString(), photo: await photo(i.photoId) })),
    ),
    orderItems: await Promise.all(held.orderItems.map(orderItem)),
  };
}
