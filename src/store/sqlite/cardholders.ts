import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FieldCipher } from '../../crypto/fieldCipher';
import type { CardholderRepository, CartItem } from '../ports';
import { hasEnded, erasedContact, normalEmail } from '../rows/cardholders';
import { cardholderRequests, cartItems, orderItems, orders, photos } from '../schema';
import { erasedNumbers, joinedWith, openCardholder } from '../sealing';
import { transaction, type Db } from './db';

export function sqliteCardholders(db: Db, now: () => Date, cipher: FieldCipher): CardholderRepository {
  const byEmail = (companyId: string, email: string) =>
    sql`lower(${cartItems.email}) = ${normalEmail(email)} AND ${cartItems.companyId} = ${companyId}`;
  const itemByEmail = (companyId: string, email: string) =>
    and(sql`lower(${orderItems.email}) = ${normalEmail(email)}`, eq(orders.companyId, companyId));
  return {
    async heldAbout(companyId, email) {
      const cart = db
        .select()
        .from(cartItems)
        .where(byEmail(companyId, email))
        .all()
        .map((r) => openCardholder(cipher, 'cart_items', r) as CartItem);
      const items = joinedWith(cipher)(
        db
          .select()
          .from(orderItems)
          .innerJoin(orders, eq(orderItems.orderId, orders.id))
          .where(itemByEmail(companyId, email))
          .orderBy(orders.createdAt, orderItems.position)
          .all(),
      );
      return { cartItems: cart, orderItems: items };
    },
    async erase(companyId, email, mask) {
      const at = now();
      return transaction(db, (tx) => {
        const cart = tx.select({ id: cartItems.id, photoId: cartItems.photoId }).from(cartItems).where(byEmail(companyId, email)).all();
        if (cart.length)
          tx.delete(cartItems)
            .where(
              inArray(
                cartItems.id,
                cart.map((c) => c.id),
              ),
            )
            .run();
        const cartPhotos = cart.map((c) => c.photoId).filter((p): p is string => !!p);
        const rows = tx
          .select()
          .from(orderItems)
          .innerJoin(orders, eq(orderItems.orderId, orders.id))
          .where(itemByEmail(companyId, email))
          .all();
        const ended = rows.filter((r) => hasEnded(r.order_items.status, r.orders.status));
        const underWay = [...new Set(rows.filter((r) => !hasEnded(r.order_items.status, r.orders.status)).map((r) => r.orders.number))];
        for (const { order_items: row } of ended) {
          const numbers = row.identityErasedAt ? {} : erasedNumbers(cipher, row, mask, at);
          tx.update(orderItems)
            .set({ ...numbers, ...erasedContact(at) })
            .where(eq(orderItems.id, row.id))
            .run();
        }
        const inUse = new Set(
          tx
            .select({ id: orderItems.photoId })
            .from(orderItems)
            .where(isNull(orderItems.photoErasedAt))
            .all()
            .map((r) => r.id),
        );
        const gone = [...new Set([...cartPhotos, ...ended.map((r) => r.order_items.photoId)])].filter((id) => !inUse.has(id));
        if (gone.length) tx.delete(photos).where(inArray(photos.id, gone)).run();
        return { cartItems: cart.length, orderItems: ended.length, underWay };
      });
    },
    async createRequest(request) {
      const row = { ...request, email: normalEmail(request.email), createdAt: now(), completedAt: null };
      db.insert(cardholderRequests).values(row).run();
      return row;
    },
    async request(id) {
      return db.select().from(cardholderRequests).where(eq(cardholderRequests.id, id)).get();
    },
    async openErasures() {
      return db
        .select()
        .from(cardholderRequests)
        .where(and(eq(cardholderRequests.kind, 'erase'), isNull(cardholderRequests.completedAt)))
        .all();
    },
    async complete(id) {
      db.update(cardholderRequests).set({ completedAt: now(), email: '' }).where(eq(cardholderRequests.id, id)).run();
    },
  };
}
