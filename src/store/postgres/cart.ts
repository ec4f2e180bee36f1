import { and, asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { cartEntries, cartVersion } from '../cartVersion';
import type { CartItem, CartItemInput, CartOwner, CartRepository, PhotoFindingRecord, PhotoRepository } from '../ports';
import { cartItems, photos } from './schema';
import { transaction, type PgDb, type PgExec } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { openCardholder, openPhoto, sealCardholder, sealCardholderUpdate, sealPhoto } from '../sealing';

export const cartOwnedBy = (owner: CartOwner) => and(eq(cartItems.companyId, owner.companyId), eq(cartItems.ordererId, owner.ordererId));
export const cartSize = async (db: PgExec, owner: CartOwner) =>
  (await db.select({ n: count() }).from(cartItems).where(cartOwnedBy(owner)))[0]?.n ?? 0;
/** The owner's cart as stored (numbers sealed), oldest first. */
export const listCart = async (db: PgExec, owner: CartOwner) =>
  db.select().from(cartItems).where(cartOwnedBy(owner)).orderBy(asc(cartItems.createdAt), asc(cartItems.id));

/**
 * Cart writes that read first (add keeps the order, replace bumps the version) lock the owner's
 * orderer row, so two instances adding to one cart at once queue instead of interleaving.
 */
export const lockOwner = (tx: PgExec, owner: CartOwner) => tx.execute(sql`SELECT 1 FROM people WHERE id = ${owner.ordererId} FOR UPDATE`);

export function pgCart(db: PgDb, now: () => Date, cipher: FieldCipher): CartRepository {
  const opened = (row: typeof cartItems.$inferSelect) => openCardholder(cipher, 'cart_items', row) as CartItem;
  const values = (input: CartItemInput) => ({ ...input, photoFailure: input.photoFailure ?? null });
  return {
    async add(owner, input) {
      return transaction(db, async (tx) => {
        await lockOwner(tx, owner);
        // Strictly after the newest item, so the cart keeps the order items were added in.
        const [newest] = await tx
          .select({ at: max(cartItems.createdAt) })
          .from(cartItems)
          .where(cartOwnedBy(owner));
        const at = new Date(Math.max(now().getTime(), (newest?.at?.getTime() ?? 0) + 1));
        const item: CartItem = {
          ...values(input),
          id: randomUUID(),
          companyId: owner.companyId,
          ordererId: owner.ordererId,
          createdAt: at,
          updatedAt: at,
        };
        await tx.insert(cartItems).values(sealCardholder(cipher, 'cart_items', item));
        return { item, cartSize: await cartSize(tx, owner) };
      });
    },
    async list(owner) {
      return (await listCart(db, owner)).map(opened);
    },
    async count(owner) {
      return cartSize(db, owner);
    },
    async get(owner, itemId) {
      const [row] = await db
        .select()
        .from(cartItems)
        .where(and(cartOwnedBy(owner), eq(cartItems.id, itemId)));
      return row && opened(row);
    },
    async replace(owner, itemId, input) {
      return transaction(db, async (tx) => {
        const [current] = await tx
          .select()
          .from(cartItems)
          .where(and(cartOwnedBy(owner), eq(cartItems.id, itemId)))
          .for('update');
        if (!current) return undefined;
        // A strictly later version, even within the same millisecond, so an open summary sees the change.
        const updatedAt = new Date(Math.max(now().getTime(), current.updatedAt.getTime() + 1));
        await tx
          .update(cartItems)
          .set({ ...sealCardholderUpdate(cipher, 'cart_items', itemId, values(input)), updatedAt })
          .where(eq(cartItems.id, itemId));
        return { ...opened(current), ...values(input), updatedAt };
      });
    },
    async remove(owner, itemId) {
      return ((await db.delete(cartItems).where(and(cartOwnedBy(owner), eq(cartItems.id, itemId)))).rowCount ?? 0) > 0;
    },
    async clear(owner) {
      return (await db.delete(cartItems).where(cartOwnedBy(owner))).rowCount ?? 0;
    },
    async identityIndexes(owner) {
      const rows = await db.select({ index: cartItems.identityIndex }).from(cartItems).where(cartOwnedBy(owner));
      return new Set(rows.flatMap((r) => (r.index ? [r.index] : [])));
    },
    identityIndexOf: (c) => cipher.identityIndex(c.nationality, c.identityNumber),
    async clearAtVersion(owner, version) {
      return transaction(db, async (tx) => {
        await lockOwner(tx, owner);
        const items = await listCart(tx, owner);
        if (cartVersion(cartEntries(items)) !== version) return { changed: true as const };
        if (items.length === 0) return { cleared: 0 };
        const cleared =
          (
            await tx.delete(cartItems).where(
              and(
                cartOwnedBy(owner),
                inArray(
                  cartItems.id,
                  items.map((i) => i.id),
                ),
              ),
            )
          ).rowCount ?? 0;
        return { cleared };
      });
    },
  };
}

export function pgPhotos(db: PgDb, now: () => Date, cipher: FieldCipher): PhotoRepository {
  return {
    async save(photo) {
      const row = { ...photo, id: randomUUID(), createdAt: now() };
      await db.insert(photos).values(sealPhoto(cipher, row));
      return row;
    },
    async get(photoId) {
      const [row] = await db.select().from(photos).where(eq(photos.id, photoId));
      return row && openPhoto(cipher, row);
    },
    async findingsOf(photoIds) {
      const found = new Map<string, PhotoFindingRecord[]>();
      const unique = [...new Set(photoIds)];
      if (unique.length === 0) return found;
      const rows = await db.select({ id: photos.id, findings: photos.findings }).from(photos).where(inArray(photos.id, unique));
      for (const row of rows) found.set(row.id, row.findings);
      return found;
    },
  };
}
