import { and, asc, eq, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { idempotencyKey, type EnqueueResult, type OutboxDraft, type OutboxMessage, type OutboxRepository } from '../ports';
import { outbox } from '../schema';
import type { Db } from './db';
import type { SyncDb } from './effects';

/**
 * Synchronous enqueue, for use inside another repository's transaction (see `applyEffects`).
 * A replayed event (same idempotency key) is skipped without aborting the surrounding transaction.
 */
export function enqueueOutbox(tx: SyncDb, drafts: OutboxDraft[], now: Date): EnqueueResult {
  let enqueued = 0;
  for (const draft of drafts) {
    // Updates replace one specific message, so they never merge with others.
    const coalesce = draft.replacesActivityId ? undefined : draft.coalesce;
    const coalesceUntil = coalesce ? new Date(now.getTime() + coalesce.windowMs) : null;
    // A coalescing message waits for its window to close, so later events can join it.
    const due = Math.max(now.getTime(), draft.notBefore?.getTime() ?? 0, coalesceUntil?.getTime() ?? 0);
    const result = tx
      .insert(outbox)
      .values({
        id: orderedId(now),
        idempotencyKey: idempotencyKey(draft.eventId, draft.recipient),
        eventId: draft.eventId,
        recipientKind: draft.recipient.kind,
        recipientId: draft.recipient.id,
        tenantId: draft.tenantId,
        payload: draft.payload,
        replacesActivityId: draft.replacesActivityId ?? null,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(due),
        coalesceKey: coalesce?.key ?? null,
        coalesceUntil,
        createdAt: now,
      })
      .onConflictDoNothing({ target: outbox.idempotencyKey })
      .run();
    enqueued += result.changes;
  }
  return { enqueued, duplicates: drafts.length - enqueued };
}

export function sqliteOutbox(db: Db, now: () => Date): OutboxRepository {
  const held = (ids: string[], token: string) => and(inArray(outbox.id, ids), eq(outbox.claimToken, token), eq(outbox.status, 'sending'));
  const released = { leaseUntil: null, claimToken: null } as const;
  const update = (where: SQL | undefined, set: Partial<typeof outbox.$inferInsert>) => db.update(outbox).set(set).where(where).run().changes;
  const select = (where: SQL | undefined) => db.select().from(outbox).where(where).orderBy(asc(outbox.createdAt), asc(outbox.id)).all().map(toMessage);

  return {
    async enqueue(drafts) {
      return db.transaction((tx) => enqueueOutbox(tx, drafts, now()));
    },
    async due(at, limit) {
      return db
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, at)))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.createdAt), asc(outbox.id))
        .limit(limit)
        .all()
        .map(toMessage);
    },
    async claim(id, token, at, leaseMs) {
      return db.transaction((tx) => {
        const head = tx.select().from(outbox).where(and(eq(outbox.id, id), eq(outbox.status, 'pending'))).get();
        if (!head) return [];
        const group =
          head.coalesceKey && head.coalesceUntil
            ? or(
                eq(outbox.id, id),
                and(
                  eq(outbox.recipientKind, head.recipientKind),
                  eq(outbox.recipientId, head.recipientId),
                  eq(outbox.coalesceKey, head.coalesceKey),
                  isNull(outbox.replacesActivityId),
                  lt(outbox.createdAt, head.coalesceUntil),
                ),
              )
            : eq(outbox.id, id);
        tx.update(outbox)
          .set({ status: 'sending', attempts: sql`${outbox.attempts} + 1`, leaseUntil: new Date(at.getTime() + leaseMs), claimToken: token })
          .where(and(eq(outbox.status, 'pending'), group))
          .run();
        return tx.select().from(outbox).where(and(eq(outbox.claimToken, token), eq(outbox.status, 'sending'))).orderBy(asc(outbox.createdAt), asc(outbox.id)).all().map(toMessage);
      });
    },
    async markSent(ids, token, r) {
      return update(held(ids, token), { status: 'sent', activityId: r.activityId, conversationId: r.conversationId, sentAt: r.at, lastError: null, ...released });
    },
    async reschedule(ids, token, next) {
      const attempts = next.countAttempt === false ? sql`${outbox.attempts} - 1` : sql`${outbox.attempts}`;
      return update(held(ids, token), { status: 'pending', nextAttemptAt: next.at, lastError: next.error, attempts: attempts as never, ...released });
    },
    async markUnreachable(ids, token, error) {
      return update(held(ids, token), { status: 'unreachable', lastError: error, ...released });
    },
    async markFailed(ids, token, error) {
      return update(held(ids, token), { status: 'failed', lastError: error, ...released });
    },
    async recoverExpiredLeases(at) {
      return update(and(eq(outbox.status, 'sending'), lte(outbox.leaseUntil, at)), { status: 'pending', ...released });
    },
    async nextActionAt() {
      const pending = db.select({ at: sql<number | null>`min(${outbox.nextAttemptAt})` }).from(outbox).where(eq(outbox.status, 'pending')).get()?.at;
      const lease = db.select({ at: sql<number | null>`min(${outbox.leaseUntil})` }).from(outbox).where(eq(outbox.status, 'sending')).get()?.at;
      const times = [pending, lease].filter((t): t is number => t != null);
      return times.length ? new Date(Math.min(...times)) : undefined;
    },
    async revive(recipient, at) {
      const where = and(eq(outbox.recipientKind, recipient.kind), eq(outbox.recipientId, recipient.id), eq(outbox.status, 'unreachable'));
      return update(where, { status: 'pending', attempts: 0, nextAttemptAt: at, lastError: null });
    },
    async cancel(keys) {
      if (keys.length === 0) return 0;
      return update(and(inArray(outbox.idempotencyKey, keys), inArray(outbox.status, ['pending', 'unreachable'])), { status: 'cancelled' });
    },
    async get(id) {
      return select(eq(outbox.id, id))[0];
    },
    async findByKey(key) {
      return select(eq(outbox.idempotencyKey, key))[0];
    },
    async list(filter = {}) {
      return select(
        and(
          filter.status ? eq(outbox.status, filter.status) : undefined,
          filter.recipient ? and(eq(outbox.recipientKind, filter.recipient.kind), eq(outbox.recipientId, filter.recipient.id)) : undefined,
        ),
      );
    },
  };
}

let sequence = 0;
/** Ids that sort in enqueue order (time, then a per-process counter), so equal timestamps keep FIFO. */
function orderedId(now: Date): string {
  sequence = (sequence + 1) % 0x1_0000_0000;
  return `${now.getTime().toString(16).padStart(12, '0')}-${sequence.toString(16).padStart(8, '0')}-${randomBytes(6).toString('hex')}`;
}

function toMessage(row: typeof outbox.$inferSelect): OutboxMessage {
  const { recipientKind, recipientId, claimToken: _t, ...rest } = row;
  return { ...rest, recipient: { kind: recipientKind, id: recipientId } };
}
