import { and, asc, count, eq, inArray, max, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { cartEntries, cartVersion } from '../cartVersion';
import type { CartItem, CartItemInput, CartOwner, CartRepository, PhotoFindingRecord, PhotoRepository } from '../ports';
import { cartItems, photos } from '../schema';
import { transaction, type Db } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { openCardholder, openPhoto, sealCardholder, sealCardholderUpdate, sealPhoto } from '../sealing';

const ownedBy = (owner: CartOwner) => and(eq(cartItems.companyId, owner.companyId), eq(cartItems.ordererId, owner.ordererId));

export function sqliteCart(db: Db, now: () => Date, cipher: FieldCipher): CartRepository {
  const opened = (row: typeof cartItems.$inferSelect) => openCardholder(cipher, 'cart_items', row) as CartItem;
  const size = (owner: CartOwner) => db.select({ n: count() }).from(cartItems).where(ownedBy(owner)).get()?.n ?? 0;
  const list = (owner: CartOwner) =>
    db
      .select()
      .from(cartItems)
      .where(ownedBy(owner))
      .orderBy(asc(cartItems.createdAt), sql`rowid`)
      .all()
      .map(opened);
  const values = (input: CartItemInput) => ({ ...input, photoFailure: input.photoFailure ?? null });
  return {
    async add(owner, input) {
      return transaction(db, () => {
        // Strictly after the newest item, so the cart keeps the order items were added in.
        const newest = db
          .select({ at: max(cartItems.createdAt) })
          .from(cartItems)
          .where(ownedBy(owner))
          .get()?.at;
        const at = new Date(Math.max(now().getTime(), (newest?.getTime() ?? 0) + 1));
        const item: CartItem = {
          ...values(input),
          id: randomUUID(),
          companyId: owner.companyId,
          ordererId: owner.ordererId,
          createdAt: at,
          updatedAt: at,
        };
        db.insert(cartItems)
          .values(sealCardholder(cipher, 'cart_items', item))
          .run();
        return { item, cartSize: size(owner) };
      });
    },
    async list(owner) {
      return list(owner);
    },
    async count(owner) {
      return size(owner);
    },
    async get(owner, itemId) {
      const row = db
        .select()
        .from(cartItems)
        .where(and(ownedBy(owner), eq(cartItems.id, itemId)))
        .get();
      return row && opened(row);
    },
    async replace(owner, itemId, input) {
      return transaction(db, () => {
        const current = db
          .select()
          .from(cartItems)
          .where(and(ownedBy(owner), eq(cartItems.id, itemId)))
          .get();
        if (!current) return undefined;
        // A strictly later version, even within the same millisecond, so an open summary sees the change.
        const updatedAt = new Date(Math.max(now().getTime(), current.updatedAt.getTime() + 1));
        db.update(cartItems)
          .set({ ...sealCardholderUpdate(cipher, 'cart_items', itemId, values(input)), updatedAt })
          .where(eq(cartItems.id, itemId))
          .run();
        return { ...opened(current), ...values(input), updatedAt };
      });
    },
    async remove(owner, itemId) {
      return (
        db
          .delete(cartItems)
          .where(and(ownedBy(owner), eq(cartItems.id, itemId)))
          .run().changes > 0
      );
    },
    async clear(owner) {
      return db.delete(cartItems).where(ownedBy(owner)).run().changes;
    },
    async identityIndexes(owner) {
      return new Set(
        db
          .select({ index: cartItems.identityIndex })
          .from(cartItems)
          .where(ownedBy(owner))
          .all()
          .flatMap((r) => (r.index ? [r.index] : [])),
      );
    },
    identityIndexOf: (c) => cipher.identityIndex(c.nationality, c.identityNumber),
    async clearAtVersion(owner, version) {
      return transaction(db, () => {
        const items = list(owner);
        if (cartVersion(cartEntries(items)) !== version) return { changed: true as const };
        if (items.length === 0) return { cleared: 0 };
        const cleared = db
          .delete(cartItems)
          .where(
            and(
              ownedBy(owner),
              inArray(
                cartItems.id,
                items.map((i) => i.id),
              ),
            ),
          )
          .run().changes;
        return { cleared };
      });
    },
  };
}

export function sqlitePhotos(db: Db, now: () => Date, cipher: FieldCipher): PhotoRepository {
  return {
    async save(photo) {
      const row = { ...photo, id: randomUUID(), createdAt: now() };
      db.insert(photos).values(sealPhoto(cipher, row)).run();
      return row;
    },
    async get(photoId) {
      const row = db.select().from(photos).where(eq(photos.id, photoId)).get();
      return row && openPhoto(cipher, row);
    },
    async findingsOf(photoIds) {
      const found = new Map<string, PhotoFindingRecord[]>();
      const unique = [...new Set(photoIds)];
      // Chunked to stay far below SQLite's bound-parameter limit with a 300-row import.
      for (let i = 0; i < unique.length; i += 500) {
        const rows = db
          .select({ id: photos.id, findings: photos.findings })
          .from(photos)
          .where(inArray(photos.id, unique.slice(i, i + 500)))
          .all();
        for (const row of rows) found.set(row.id, row.findings);
      }
      return found;
    },
  };
}
