import type { OutboxMessage } from '../store/ports';

/**
 * The proactive-messaging port. src/notify depends only on this interface; the Bot Framework
 * implementation lives at the edge (src/teams/proactive.ts), so a move to another SDK touches
 * only that file.
 */

/** Where to send: a stored conversation reference and what the limiter keys on. */
export interface ConversationAddress {
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  /** The Bot Framework conversation reference as stored; opaque here. */
  reference: Record<string, unknown>;
}

/** A message activity as plain JSON (text and/or Adaptive Card attachments). */
export interface OutgoingActivity {
  type?: 'message';
  text?: string;
  summary?: string;
  attachments?: { contentType: string; content: unknown }[];
  attachmentLayout?: 'list' | 'carousel';
  [key: string]: unknown;
}

/** A failed call, reduced to what the retry policy needs. */
export interface SendFailure {
  /** HTTP status; null for network errors (no response). */
  status: number | null;
  /** The Teams error code (`ConversationBlockedByUser`, `Throttled`, ...) or a system code (`ECONNRESET`). */
  code: string | null;
  /** From `Retry-After` on 429/503, in ms. */
  retryAfterMs: number | null;
  message: string;
}

export type SendResult = { ok: true; activityId: string } | { ok: false; failure: SendFailure };
export type CreateResult = { ok: true; address: ConversationAddress } | { ok: false; failure: SendFailure };

/** Who to open a 1:1 chat with: the bot-specific `29:` id when known, else the Entra object id. */
export interface PersonalConversationTarget {
  aadObjectId?: string;
  teamsUserId?: string;
  tenantId: string;
  serviceUrl: string;
}

/**
 * One HTTP call per method, no retries inside: the outbox worker is the only place that retries,
 * so it alone decides when (backoff, Retry-After) and how often (max attempts).
 */
export interface ProactiveSender {
  send(address: ConversationAddress, activity: OutgoingActivity): Promise<SendResult>;
  update(address: ConversationAddress, activityId: string, activity: OutgoingActivity): Promise<SendResult>;
  createPersonalConversation(target: PersonalConversationTarget): Promise<CreateResult>;
}

/**
 * Outbox rows addressed to a service (`recipient.kind === 'service'`): work that must happen at
 * least once, after the change that caused it, with the outbox's claims and retries (installing
 * the Teams app for a cardholder, sending an approval mail). `ok` ends the row (the job itself
 * took care of any outcome); a failure is classified like a send's (429/5xx retried).
 */
export interface OutboxJobs {
  run(message: OutboxMessage): Promise<{ ok: true } | { ok: false; failure: SendFailure }>;
}
