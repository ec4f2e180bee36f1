import { and, asc, count, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { CartItem, CartOwner, CartRepository, PhotoRepository } from '../ports';
import { cartItems, photos } from '../schema';
import type { Db } from './db';

const ownedBy = (owner: CartOwner) => and(eq(cartItems.companyId, owner.companyId), eq(cartItems.ordererId, owner.ordererId));

export function sqliteCart(db: Db, now: () => Date): CartRepository {
  const size = (owner: CartOwner) => db.select({ n: count() }).from(cartItems).where(ownedBy(owner)).get()?.n ?? 0;
  return {
    async add(owner, input) {
      return db.transaction(() => {
        const at = now();
        const item: CartItem = { ...input, id: randomUUID(), companyId: owner.companyId, ordererId: owner.ordererId, createdAt: at, updatedAt: at };
        db.insert(cartItems).values(item).run();
        return { item, cartSize: size(owner) };
      });
    },
    async list(owner) {
      return db.select().from(cartItems).where(ownedBy(owner)).orderBy(asc(cartItems.createdAt), sql`rowid`).all() as CartItem[];
    },
    async count(owner) {
      return size(owner);
    },
    async remove(owner, itemId) {
      return db.delete(cartItems).where(and(ownedBy(owner), eq(cartItems.id, itemId))).run().changes > 0;
    },
    async clear(owner) {
      return db.delete(cartItems).where(ownedBy(owner)).run().changes;
    },
  };
}

export function sqlitePhotos(db: Db, now: () => Date): PhotoRepository {
  return {
    async save(photo) {
      const row = { ...photo, id: randomUUID(), createdAt: now() };
      db.insert(photos).values(row).run();
      return row;
    },
    async get(photoId) {
      return db.select().from(photos).where(eq(photos.id, photoId)).get();
    },
  };
}
