import { HANDED_OVER_STATES } from '../../domain/lifecycle/states';
import { and, eq, inArray, isNotNull, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { FieldCipher } from '../../crypto/fieldCipher';
import type { PurgeCounts, RetentionRepository } from '../ports';
import { botState, cardholderRequests, cartItems, importJobs, orderItems, orders, photos, uploadTokens } from '../schema';
import { erasedNumbers, pendingImportPhotoIds } from '../sealing';
import { transaction, type Db } from './db';

const ENDED = ['rejected', 'cancelled'];

/** Items delivered before `before` (item time), or never to be made: rejected or cancelled themselves, or their whole order. */
/** Delivered, or anything after (active, blocked, ended ...): the card was made and handed over. */
const deliveredBefore = (before: Date) => and(inArray(orderItems.status, [...HANDED_OVER_STATES]), lt(orderItems.updatedAt, before));
const endedBefore = (before: Date) =>
  or(
    and(inArray(orderItems.status, ENDED), lt(orderItems.updatedAt, before)),
    and(inArray(orders.status, ENDED), lt(orders.updatedAt, before)),
  );

/** The daily purge on SQLite, in one transaction (one process owns the file; a run takes milliseconds). */
export function sqliteRetention(db: Db, now: () => Date, cipher: FieldCipher): RetentionRepository {
  return {
    async purge(cut, mask) {
      const at = now();
      return transaction(db, (tx): PurgeCounts => {
        const photoGone = (ids: string[]) => {
          if (ids.length === 0) return 0;
          tx.delete(photos).where(inArray(photos.id, ids)).run();
          tx.update(orderItems)
            .set({ photoErasedAt: at })
            .where(and(inArray(orderItems.photoId, ids), isNull(orderItems.photoErasedAt)))
            .run();
          return ids.length;
        };
        const photosOf = (which: SQL | undefined) =>
          tx
            .select({ photoId: orderItems.photoId })
            .from(orderItems)
            .innerJoin(orders, eq(orderItems.orderId, orders.id))
            .where(and(which, isNull(orderItems.photoErasedAt)))
            .all()
            .map((r) => r.photoId);
        const deliveredPhotos = photoGone([...new Set(photosOf(deliveredBefore(cut.deliveredPhotosBefore)))]);
        // A card never made needs no photo either: it goes with the numbers.
        photoGone([...new Set(photosOf(endedBefore(cut.endedItemsBefore)))]);

        const eraseNumbers = (which: SQL | undefined) => {
          const rows = tx
            .select()
            .from(orderItems)
            .innerJoin(orders, eq(orderItems.orderId, orders.id))
            .where(and(which, isNull(orderItems.identityErasedAt)))
            .all();
          for (const { order_items: row } of rows)
            tx.update(orderItems)
              .set(erasedNumbers(cipher, row, mask, at))
              .where(eq(orderItems.id, row.id))
              .run();
          return rows.length;
        };
        const endedItems = eraseNumbers(endedBefore(cut.endedItemsBefore));
        const deliveredNumbers = eraseNumbers(deliveredBefore(cut.deliveredNumbersBefore));

        const dialogStates = tx.delete(botState).where(lt(botState.updatedAt, cut.dialogStateBefore)).run().changes;
        const importJobsGone = tx.delete(importJobs).where(lt(importJobs.createdAt, cut.orphansBefore)).run().changes;
        const uploadTokensGone = tx
          .delete(uploadTokens)
          .where(
            or(
              lt(uploadTokens.expiresAt, cut.orphansBefore),
              and(isNotNull(uploadTokens.usedAt), lt(uploadTokens.usedAt, cut.orphansBefore)),
            ),
          )
          .run().changes;

        const exportRequests = tx
          .delete(cardholderRequests)
          .where(and(eq(cardholderRequests.kind, 'export'), lt(cardholderRequests.createdAt, cut.orphansBefore)))
          .run().changes;

        // Orphans last: the steps above may have just released photos (an import job).
        const kept = new Set([
          ...tx
            .select({ id: cartItems.photoId })
            .from(cartItems)
            .where(isNotNull(cartItems.photoId))
            .all()
            .map((r) => r.id!),
          ...tx
            .select({ id: orderItems.photoId })
            .from(orderItems)
            .all()
            .map((r) => r.id),
          ...pendingImportPhotoIds(
            cipher,
            tx
              .select({ id: importJobs.id, readyRows: importJobs.readyRows })
              .from(importJobs)
              .where(eq(importJobs.status, 'checked'))
              .all(),
          ),
        ]);
        const old = tx
          .select({ id: photos.id })
          .from(photos)
          .where(lt(photos.createdAt, cut.orphansBefore))
          .all()
          .map((r) => r.id);
        const orphans = old.filter((id) => !kept.has(id));
        if (orphans.length) tx.delete(photos).where(inArray(photos.id, orphans)).run();

        return {
          deliveredPhotos,
          endedItems,
          deliveredNumbers,
          dialogStates,
          orphanPhotos: orphans.length,
          importJobs: importJobsGone,
          uploadTokens: uploadTokensGone,
          exportRequests,
        };
      });
    },
  };
}
