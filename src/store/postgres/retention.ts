import { HANDED_OVER_STATES } from '../../domain/lifecycle/states';
import { and, eq, inArray, isNotNull, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { FieldCipher } from '../../crypto/fieldCipher';
import type { PurgeCounts, RetentionRepository } from '../ports';
import { botState, cardholderRequests, cartItems, importJobs, orderItems, orders, photos, uploadTokens } from './schema';
import { erasedNumbers, pendingImportPhotoIds } from '../sealing';
import { transaction, type PgDb } from './db';

const ENDED = ['rejected', 'cancelled'];

/** Items delivered before `before` (item time), or never to be made: rejected or cancelled themselves, or their whole order. */
/** Delivered, or anything after (active, blocked, ended ...): the card was made and handed over. */
const deliveredBefore = (before: Date) => and(inArray(orderItems.status, [...HANDED_OVER_STATES]), lt(orderItems.updatedAt, before));
const endedBefore = (before: Date) =>
  or(
    and(inArray(orderItems.status, ENDED), lt(orderItems.updatedAt, before)),
    and(inArray(orders.status, ENDED), lt(orders.updatedAt, before)),
  );

/**
 * The daily purge on PostgreSQL, in one transaction: the steps see one another's deletions, and a
 * failure leaves everything for the next run. Only one instance runs it (a lease, see runRetention).
 */
export function pgRetention(db: PgDb, now: () => Date, cipher: FieldCipher): RetentionRepository {
  return {
    async purge(cut, mask) {
      const at = now();
      return transaction(db, async (tx): Promise<PurgeCounts> => {
        const photoGone = async (ids: string[]) => {
          if (ids.length === 0) return 0;
          await tx.delete(photos).where(inArray(photos.id, ids));
          await tx
            .update(orderItems)
            .set({ photoErasedAt: at })
            .where(and(inArray(orderItems.photoId, ids), isNull(orderItems.photoErasedAt)));
          return ids.length;
        };
        const photosOf = async (which: SQL | undefined) =>
          (
            await tx
              .select({ photoId: orderItems.photoId })
              .from(orderItems)
              .innerJoin(orders, eq(orderItems.orderId, orders.id))
              .where(and(which, isNull(orderItems.photoErasedAt)))
          ).map((r) => r.photoId);
        const deliveredPhotos = await photoGone([...new Set(await photosOf(deliveredBefore(cut.deliveredPhotosBefore)))]);
        // A card never made needs no photo either: it goes with the numbers.
        await photoGone([...new Set(await photosOf(endedBefore(cut.endedItemsBefore)))]);

        const eraseNumbers = async (which: SQL | undefined) => {
          const rows = await tx
            .select()
            .from(orderItems)
            .innerJoin(orders, eq(orderItems.orderId, orders.id))
            .where(and(which, isNull(orderItems.identityErasedAt)));
          for (const { order_items: row } of rows)
            await tx
              .update(orderItems)
              .set(erasedNumbers(cipher, row, mask, at))
              .where(eq(orderItems.id, row.id));
          return rows.length;
        };
        const endedItems = await eraseNumbers(endedBefore(cut.endedItemsBefore));
        const deliveredNumbers = await eraseNumbers(deliveredBefore(cut.deliveredNumbersBefore));

        const count = (rows: unknown[]) => rows.length;
        const dialogStates = count(
          await tx.delete(botState).where(lt(botState.updatedAt, cut.dialogStateBefore)).returning({ key: botState.key }),
        );
        const importJobsGone = count(
          await tx.delete(importJobs).where(lt(importJobs.createdAt, cut.orphansBefore)).returning({ id: importJobs.id }),
        );
        const uploadTokensGone = count(
          await tx
            .delete(uploadTokens)
            .where(
              or(
                lt(uploadTokens.expiresAt, cut.orphansBefore),
                and(isNotNull(uploadTokens.usedAt), lt(uploadTokens.usedAt, cut.orphansBefore)),
              ),
            )
            .returning({ id: uploadTokens.id }),
        );

        const exportRequests = count(
          await tx
            .delete(cardholderRequests)
            .where(and(eq(cardholderRequests.kind, 'export'), lt(cardholderRequests.createdAt, cut.orphansBefore)))
            .returning({ id: cardholderRequests.id }),
        );

        // Orphans last: the steps above may have just released photos (an import job).
        const kept = new Set([
          ...(await tx.select({ id: cartItems.photoId }).from(cartItems).where(isNotNull(cartItems.photoId))).map((r) => r.id!),
          ...(await tx.select({ id: orderItems.photoId }).from(orderItems)).map((r) => r.id),
          ...pendingImportPhotoIds(
            cipher,
            await tx
              .select({ id: importJobs.id, readyRows: importJobs.readyRows })
              .from(importJobs)
              .where(eq(importJobs.status, 'checked')),
          ),
        ]);
        const old = (await tx.select({ id: photos.id }).from(photos).where(lt(photos.createdAt, cut.orphansBefore))).map((r) => r.id);
        const orphans = old.filter((id) => !kept.has(id));
        if (orphans.length) await tx.delete(photos).where(inArray(photos.id, orphans));

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
