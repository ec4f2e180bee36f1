import { randomBytes } from 'node:crypto';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { openPayload, sealPayload } from '../sealing';
import { idempotencyKey, type OutboxDraft, type OutboxMessage, type RecipientKind } from '../ports';

/** 20 columns x 100 rows stays far below SQLite's bound-parameter limit (and PostgreSQL's). */
export const ENQUEUE_CHUNK = 100;

/** An outbox row as both dialects store it. */
export interface OutboxRow extends Omit<OutboxMessage, 'recipient'> {
  recipientKind: RecipientKind;
  recipientId: string;
  claimToken: string | null;
}

export function outboxRow(draft: OutboxDraft, now: Date, cipher: FieldCipher): OutboxRow {
  // Updates replace one specific message, so they never merge with others.
  const coalesce = draft.replacesActivityId ? undefined : draft.coalesce;
  const coalesceUntil = coalesce ? new Date(now.getTime() + coalesce.windowMs) : null;
  // A coalescing message waits for its window to close, so later events can join it.
  const due = Math.max(now.getTime(), draft.notBefore?.getTime() ?? 0, coalesceUntil?.getTime() ?? 0);
  const id = orderedId(now);
  return {
    id,
    idempotencyKey: idempotencyKey(draft.eventId, draft.recipient),
    eventId: draft.eventId,
    recipientKind: draft.recipient.kind,
    recipientId: draft.recipient.id,
    tenantId: draft.tenantId,
    // Sealed while it waits (an approval card carries the full number); emptied once delivered.
    payload: sealPayload(cipher, id, draft.payload),
    replacesActivityId: draft.replacesActivityId ?? null,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: new Date(due),
    coalesceKey: coalesce?.key ?? null,
    coalesceUntil,
    createdAt: now,
    conversationId: null,
    leaseUntil: null,
    claimToken: null,
    lastError: null,
    activityId: null,
    sentAt: null,
  };
}

let sequence = 0;
/** Ids that sort in enqueue order (time, then a per-process counter), so equal timestamps keep FIFO. */
function orderedId(now: Date): string {
  sequence = (sequence + 1) % 0x1_0000_0000;
  return `${now.getTime().toString(16).padStart(12, '0')}-${sequence.toString(16).padStart(8, '0')}-${randomBytes(6).toString('hex')}`;
}

export const messageOf =
  (cipher: FieldCipher) =>
  (row: OutboxRow): OutboxMessage => {
    const { recipientKind, recipientId, claimToken: _t, ...rest } = row;
    return { ...rest, payload: openPayload(cipher, row.id, row.payload), recipient: { kind: recipientKind, id: recipientId } };
  };
