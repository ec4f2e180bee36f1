import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { FieldCipher } from '../../crypto/fieldCipher';
import type { CardholderRepository, CartItem } from '../ports';
import { hasEnded, erasedContact, normalEmail } from '../rows/cardholders';
import { cardholderRequests, cartItems, orderItems, orders, photos } from './schema';
import { erasedNumbers, joinedWith, openCardholder } from '../sealing';
import { transaction, type PgDb } from './db';

export function pgCardholders(db: PgDb, now: () => Date, cipher: FieldCipher): CardholderRepository {
  const byEmail = (companyId: string, email: string) =>
    and(sql`lower(${cartItems.email}) = ${normalEmail(email)}`, eq(cartItems.companyId, companyId));
  const itemByEmail = (companyId: string, email: string) =>
    and(sql`lower(${orderItems.email}) = ${normalEmail(email)}`, eq(orders.companyId, companyId));
  return {
    async heldAbout(companyId, email) {
      const cart = (await db.select().from(cartItems).where(byEmail(companyId, email))).map(
        (r) => openCardholder(cipher, 'cart_items', r) as CartItem,
      );
      const items = joinedWith(cipher)(
        await db
          .select()
          .from(orderItems)
          .innerJoin(orders, eq(orderItems.orderId, orders.id))
          .where(itemByEmail(companyId, email))
          .orderBy(orders.createdAt, orderItems.position),
      );
      return { cartItems: cart, orderItems: items };
    },
    async erase(companyId, email, mask) {
      const at = now();
      return transaction(db, async (tx) => {
        const cart = await tx.select({ id: cartItems.id, photoId: cartItems.photoId }).from(cartItems).where(byEmail(companyId, email));
        if (cart.length)
          await tx.delete(cartItems).where(
            inArray(
              cartItems.id,
              cart.map((c) => c.id),
            ),
          );
        const cartPhotos = cart.map((c) => c.photoId).filter((p): p is string => !!p);
        const rows = await tx
          .select()
          .from(orderItems)
          .innerJoin(orders, eq(orderItems.orderId, orders.id))
          .where(itemByEmail(companyId, email))
          .for('update', { of: orderItems });
        const ended = rows.filter((r) => hasEnded(r.order_items.status, r.orders.status));
        const underWay = [...new Set(rows.filter((r) => !hasEnded(r.order_items.status, r.orders.status)).map((r) => r.orders.number))];
        for (const { order_items: row } of ended) {
          const numbers = row.identityErasedAt ? {} : erasedNumbers(cipher, row, mask, at);
          await tx
            .update(orderItems)
            .set({ ...numbers, ...erasedContact(at) })
            .where(eq(orderItems.id, row.id));
        }
        const inUse = new Set(
          (await tx.select({ id: orderItems.photoId }).from(orderItems).where(isNull(orderItems.photoErasedAt))).map((r) => r.id),
        );
        const gone = [...new Set([...cartPhotos, ...ended.map((r) => r.order_items.photoId)])].filter((id) => !inUse.has(id));
        if (gone.length) await tx.delete(photos).where(inArray(photos.id, gone));
        return { cartItems: cart.length, orderItems: ended.length, underWay };
      });
    },
    async createRequest(request) {
      const row = { ...request, email: normalEmail(request.email), createdAt: now(), completedAt: null };
      await db.insert(cardholderRequests).values(row);
      return row;
    },
    async request(id) {
      return (await db.select().from(cardholderRequests).where(eq(cardholderRequests.id, id)))[0];
    },
    async openErasures() {
      return db
        .select()
        .from(cardholderRequests)
        .where(and(eq(cardholderRequests.kind, 'erase'), isNull(cardholderRequests.completedAt)));
    },
    async complete(id) {
      await db.update(cardholderRequests).set({ completedAt: now(), email: '' }).where(eq(cardholderRequests.id, id));
    },
  };
}
