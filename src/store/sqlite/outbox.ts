import { and, asc, eq, inArray, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { EnqueueResult, OutboxDraft, OutboxRepository } from '../ports';
import { ENQUEUE_CHUNK, messageOf, outboxRow } from '../rows/outbox';
import { outbox } from '../schema';
import { transaction, type Db, type SyncDb } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { DELIVERED_PAYLOAD } from '../sealing';

/**
 * Rows this process made due (enqueued or revived), in every SQLite store it opened: a turn that
 * changed nothing here need not wake the worker (on one core its run cost a tenth of a dialog turn).
 */
let madeDue = 0;

/**
 * Synchronous enqueue, for use inside another repository's transaction (see `applyEffects`).
 * A replayed event (same idempotency key) is skipped without aborting the surrounding transaction.
 */
export function enqueueOutbox(tx: SyncDb, drafts: OutboxDraft[], now: Date, cipher: FieldCipher): EnqueueResult {
  let enqueued = 0;
  // Multi-row inserts: building a query costs far more than running it (drizzle, ~0.2 ms each).
  for (let i = 0; i < drafts.length; i += ENQUEUE_CHUNK) {
    const rows = drafts.slice(i, i + ENQUEUE_CHUNK).map((draft) => outboxRow(draft, now, cipher));
    enqueued += tx.insert(outbox).values(rows).onConflictDoNothing({ target: outbox.idempotencyKey }).run().changes;
  }
  madeDue += enqueued;
  return { enqueued, duplicates: drafts.length - enqueued };
}

export function sqliteOutbox(db: Db, now: () => Date, cipher: FieldCipher): OutboxRepository {
  const toMessage = messageOf(cipher);
  const held = (ids: string[], token: string) => and(inArray(outbox.id, ids), eq(outbox.claimToken, token), eq(outbox.status, 'sending'));
  const released = { leaseUntil: null, claimToken: null } as const;
  const update = (where: SQL | undefined, set: Partial<typeof outbox.$inferInsert>) =>
    db.update(outbox).set(set).where(where).run().changes;
  const select = (where: SQL | undefined) =>
    db.select().from(outbox).where(where).orderBy(asc(outbox.createdAt), asc(outbox.id)).all().map(toMessage);
  const claimStatements = prepareClaim(db);

  return {
    async enqueue(drafts) {
      return transaction(db, (tx) => enqueueOutbox(tx, drafts, now(), cipher));
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
      return transaction(db, () => {
        const head = claimStatements.head.get({ id });
        if (!head) return [];
        const claim = { token, lease: new Date(at.getTime() + leaseMs) };
        claimStatements.one.run({ ...claim, id });
        if (head.coalesceKey && head.coalesceUntil) {
          const { recipientKind: kind, recipientId: recipient, coalesceKey: key } = head;
          claimStatements.group.run({ ...claim, kind, recipient, key, until: head.coalesceUntil.getTime() });
        }
        return claimStatements.claimed.all({ token }).map(toMessage);
      });
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
      const pending = db
        .select({ at: sql<number | null>`min(${outbox.nextAttemptAt})` })
        .from(outbox)
        .where(eq(outbox.status, 'pending'))
        .get()?.at;
      const lease = db
        .select({ at: sql<number | null>`min(${outbox.leaseUntil})` })
        .from(outbox)
        .where(eq(outbox.status, 'sending'))
        .get()?.at;
      const times = [pending, lease].filter((t): t is number => t != null);
      return times.length ? new Date(Math.min(...times)) : undefined;
    },
    async revive(recipient, at) {
      const where = and(eq(outbox.recipientKind, recipient.kind), eq(outbox.recipientId, recipient.id), eq(outbox.status, 'unreachable'));
      const revived = update(where, { status: 'pending', attempts: 0, nextAttemptAt: at, lastError: null });
      madeDue += revived;
      return revived;
    },
    madeDue: () => madeDue,
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

/**
 * The claim runs once per delivery, so its statements are prepared once (building a drizzle query
 * costs more than running it). Drizzle maps placeholders in `set` through the column (a Date),
 * but not in `where` (there a timestamp is given in ms).
 */
function prepareClaim(db: Db) {
  const p = (name: string) => sql.placeholder(name);
  const claiming = { status: 'sending' as const, attempts: sql`${outbox.attempts} + 1`, leaseUntil: p('lease'), claimToken: p('token') };
  return {
    head: db
      .select()
      .from(outbox)
      .where(and(eq(outbox.id, p('id')), eq(outbox.status, 'pending')))
      .prepare(),
    one: db
      .update(outbox)
      .set(claiming as never)
      .where(and(eq(outbox.id, p('id')), eq(outbox.status, 'pending')))
      .prepare(),
    // The rest of the coalescing group: same recipient and key, created within the head's window.
    group: db
      .update(outbox)
      .set(claiming as never)
      .where(
        and(
          eq(outbox.status, 'pending'),
          eq(outbox.recipientKind, p('kind')),
          eq(outbox.recipientId, p('recipient')),
          eq(outbox.coalesceKey, p('key')),
          isNull(outbox.replacesActivityId),
          lt(outbox.createdAt, p('until')),
        ),
      )
      .prepare(),
    claimed: db
      .select()
      .from(outbox)
      .where(and(eq(outbox.claimToken, p('token')), eq(outbox.status, 'sending')))
      .orderBy(asc(outbox.createdAt), asc(outbox.id))
      .prepare(),
  };
}
