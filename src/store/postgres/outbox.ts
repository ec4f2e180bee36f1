import { and, asc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { EnqueueResult, OutboxDraft, OutboxRepository } from '../ports';
import { ENQUEUE_CHUNK, messageOf, outboxRow } from '../rows/outbox';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { DELIVERED_PAYLOAD } from '../sealing';
import { outbox } from './schema';
import type { PgDb, PgExec } from './db';
import { fromRaw } from './raw';

/** For use inside another repository's transaction: a replayed event (same idempotency key) is skipped. */
export async function enqueueOutbox(tx: PgExec, drafts: OutboxDraft[], now: Date, cipher: FieldCipher): Promise<EnqueueResult> {
  let enqueued = 0;
  for (let i = 0; i < drafts.length; i += ENQUEUE_CHUNK) {
    const rows = drafts.slice(i, i + ENQUEUE_CHUNK).map((draft) => outboxRow(draft, now, cipher));
    enqueued += (await tx.insert(outbox).values(rows).onConflictDoNothing({ target: outbox.idempotencyKey })).rowCount ?? 0;
  }
  return { enqueued, duplicates: drafts.length - enqueued };
}

/**
 * The outbox on PostgreSQL, drained by every instance at once. A claim is one statement: the
 * head row and the rest of its coalescing group are locked with `FOR UPDATE SKIP LOCKED` (a
 * worker never waits for, or double-claims, a row another worker is claiming) and moved to
 * `sending` with a lease; a crashed instance's claims return to pending when the lease runs out.
 */
export function pgOutbox(db: PgDb, now: () => Date, cipher: FieldCipher): OutboxRepository {
  const toMessage = messageOf(cipher);
  const held = (ids: string[], token: string) => and(inArray(outbox.id, ids), eq(outbox.claimToken, token), eq(outbox.status, 'sending'));
  const released = { leaseUntil: null, claimToken: null } as const;
  const update = async (where: SQL | undefined, set: Partial<typeof outbox.$inferInsert>) =>
    (await db.update(outbox).set(set).where(where)).rowCount ?? 0;
  const select = async (where: SQL | undefined) =>
    (await db.select().from(outbox).where(where).orderBy(asc(outbox.createdAt), asc(outbox.id))).map(toMessage);

  return {
    async enqueue(drafts) {
      return enqueueOutbox(db, drafts, now(), cipher);
    },
    async due(at, limit) {
      const rows = await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, at)))
        .orderBy(asc(outbox.nextAttemptAt), asc(outbox.createdAt), asc(outbox.id))
        .limit(limit);
      return rows.map(toMessage);
    },
    async claim(id, token, at, leaseMs) {
      const lease = new Date(at.getTime() + leaseMs);
      const result = await db.execute(sql`
        WITH head AS (
          SELECT id, recipient_kind, recipient_id, coalesce_key, coalesce_until FROM outbox
          WHERE id = ${id} AND status = 'pending' FOR UPDATE SKIP LOCKED
        ), claimable AS (
          SELECT o.id FROM outbox o JOIN head h ON o.id = h.id OR (
            h.coalesce_key IS NOT NULL AND o.status = 'pending' AND o.recipient_kind = h.recipient_kind AND o.recipient_id = h.recipient_id
            AND o.coalesce_key = h.coalesce_key AND o.replaces_activity_id IS NULL AND o.created_at < h.coalesce_until)
          FOR UPDATE OF o SKIP LOCKED
        )
        UPDATE outbox SET status = 'sending', attempts = outbox.attempts + 1, lease_until = ${lease.toISOString()}, claim_token = ${token}
        FROM claimable WHERE outbox.id = claimable.id AND outbox.status = 'pending'
        RETURNING outbox.*`);
      return result.rows
        .map((row) => toMessage(fromRaw(outbox, row as Record<string, unknown>)))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    },
    async markSent(ids, token, r) {
      return update(held(ids, token), {
        status: 'sent',
        payload: DELIVERED_PAYLOAD,
        activityId: r.activityId,
        conversationId: r.conversationId,
        sentAt: r.at,
        lastError: null,
        ...released,
      });
    },
    async reschedule(ids, token, next) {
      const attempts = next.countAttempt === false ? sql`${outbox.attempts} - 1` : sql`${outbox.attempts}`;
      return update(held(ids, token), {
        status: 'pending',
        nextAttemptAt: next.at,
        lastError: next.error,
        attempts: attempts as never,
        ...released,
      });
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
      const [row] = await db
        .select({
          pending: sql<Date | null>`min(${outbox.nextAttemptAt}) FILTER (WHERE ${outbox.status} = 'pending')`.mapWith(outbox.nextAttemptAt),
          lease: sql<Date | null>`min(${outbox.leaseUntil}) FILTER (WHERE ${outbox.status} = 'sending')`.mapWith(outbox.leaseUntil),
        })
        .from(outbox)
        .where(inArray(outbox.status, ['pending', 'sending']));
      const times = [row?.pending, row?.lease].filter((t): t is Date => t != null).map((t) => t.getTime());
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
      return (await select(eq(outbox.id, id)))[0];
    },
    async findByKey(key) {
      return (await select(eq(outbox.idempotencyKey, key)))[0];
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
