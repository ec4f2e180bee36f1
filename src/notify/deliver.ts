import type { Logger } from '../logger';
import type { OutboxMessage, OutboxRepository } from '../store/ports';
import type { Clock } from './clock';
import type { RateLimits } from './rateLimits';
import type { ConversationAddress, OutboxJobs, PersonalConversationTarget, ProactiveSender, SendFailure } from './ports';
import type { RecipientDirectory } from './recipients';
import type { PayloadRenderer } from './render';
import { classifyFailure, describeFailure, retryDelayMs, type RetryConfig } from './retryPolicy';

/** Called after the outcome is stored; errors are logged, never retried. */
export interface DeliveryHooks {
  onSent?(messages: OutboxMessage[], delivery: { activityId: string; conversationId: string }): Promise<void> | void;
  /** 403/404 or no way to reach the recipient: tell the orderer another way. Revived when they next write. */
  onUnreachable?(messages: OutboxMessage[], failure: SendFailure): Promise<void> | void;
  onFailed?(messages: OutboxMessage[], failure: SendFailure): Promise<void> | void;
}

export interface DeliveryDeps {
  outbox: OutboxRepository;
  sender: ProactiveSender;
  /** Runs rows addressed to a service; without it such rows fail (nothing could run them). */
  jobs?: OutboxJobs;
  recipients: RecipientDirectory;
  render: PayloadRenderer;
  clock: Clock;
  random: () => number;
  retry: RetryConfig;
  limits: RateLimits;
  /** The rate-limit key of a conversation (a 429's Retry-After blocks it). */
  conversationKey(conversationId: string): string;
  hooks: DeliveryHooks;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

/** Sends (or updates) one claimed group as one activity and records the outcome. */
export async function deliver(deps: DeliveryDeps, group: OutboxMessage[], token: string, address: ConversationAddress): Promise<void> {
  const head = group[0]!;
  let activity;
  try {
    activity = deps.render(group);
  } catch (err) {
    return settle(
      deps,
      group,
      token,
      { status: null, code: 'RenderFailed', retryAfterMs: null, message: (err as Error).message },
      null,
      'failed',
    );
  }
  const result = await guarded(() =>
    head.replacesActivityId ? deps.sender.update(address, head.replacesActivityId, activity) : deps.sender.send(address, activity),
  );
  if (!result.ok) return settle(deps, group, token, result.failure, address.conversationId);
  const ids = group.map((m) => m.id);
  await deps.outbox.markSent(ids, token, {
    activityId: result.activityId,
    conversationId: address.conversationId,
    at: new Date(deps.clock.now()),
  });
  deps.log.info(
    { event: 'outbox.sent', ids, coalesced: group.length, conversationId: address.conversationId, attempts: head.attempts },
    'notification sent',
  );
  await hook(deps, 'onSent', () => deps.hooks.onSent?.(group, { activityId: result.activityId, conversationId: address.conversationId }));
}

/** Runs one job row (never coalesced) and records the outcome like a send's. */
export async function runJob(deps: DeliveryDeps, group: OutboxMessage[], token: string): Promise<void> {
  const head = group[0]!;
  const service = `service:${head.recipient.id}`;
  if (!deps.jobs)
    return settle(
      deps,
      group,
      token,
      { status: null, code: 'NoJobRunner', retryAfterMs: null, message: `nothing runs jobs for ${service}` },
      null,
      'failed',
    );
  const result = await guarded(() => deps.jobs!.run(head));
  if (!result.ok) return settle(deps, group, token, result.failure, null);
  await deps.outbox.markSent(
    group.map((m) => m.id),
    token,
    { activityId: '', conversationId: service, at: new Date(deps.clock.now()) },
  );
  deps.log.info(
    { event: 'outbox.job_done', ids: group.map((m) => m.id), kind: head.payload.kind, attempts: head.attempts },
    'outbox job done',
  );
}

/** Opens the 1:1 chat, keeps its reference, and puts the group back as due now (the attempt is not counted). */
export async function openConversation(
  deps: DeliveryDeps,
  group: OutboxMessage[],
  token: string,
  personId: string,
  target: PersonalConversationTarget,
): Promise<void> {
  const result = await guarded(() => deps.sender.createPersonalConversation(target));
  if (!result.ok) return settle(deps, group, token, result.failure, null);
  await deps.recipients.remember(personId, result.address);
  await deps.outbox.reschedule(
    group.map((m) => m.id),
    token,
    { at: new Date(deps.clock.now()), error: null, countAttempt: false },
  );
  deps.log.info(
    { event: 'outbox.conversation_created', personId, conversationId: result.address.conversationId },
    '1:1 conversation created',
  );
}

/** Retry with backoff, mark unreachable, or fail, by the failure's class. */
export async function settle(
  deps: DeliveryDeps,
  group: OutboxMessage[],
  token: string,
  failure: SendFailure,
  conversationId: string | null,
  forced?: 'unreachable' | 'failed',
): Promise<void> {
  const ids = group.map((m) => m.id);
  const error = describeFailure(failure);
  const now = deps.clock.now();
  const attempts = Math.max(...group.map((m) => m.attempts));
  let verdict = forced ?? classifyFailure(failure);
  if (verdict === 'retry' && attempts >= deps.retry.maxAttempts) verdict = 'failed';
  const log = { event: `outbox.${verdict}`, ids, status: failure.status, code: failure.code, attempts };

  if (verdict === 'retry') {
    if (conversationId && failure.status === 429 && failure.retryAfterMs)
      await deps.limits.block(deps.conversationKey(conversationId), now + failure.retryAfterMs, now);
    const at = now + retryDelayMs(attempts, failure, deps.retry, deps.random);
    await deps.outbox.reschedule(ids, token, { at: new Date(at), error });
    deps.log.warn({ ...log, retryInMs: at - now }, 'notification will be retried');
  } else if (verdict === 'unreachable') {
    await deps.outbox.markUnreachable(ids, token, error);
    deps.log.warn(log, 'recipient unreachable; not retried');
    await hook(deps, 'onUnreachable', () => deps.hooks.onUnreachable?.(group, failure));
  } else {
    await deps.outbox.markFailed(ids, token, error);
    deps.log.error(log, 'notification failed permanently');
    await hook(deps, 'onFailed', () => deps.hooks.onFailed?.(group, failure));
  }
}

/** A sender that throws (a bug, not an HTTP answer) is treated as a transient failure. */
async function guarded<T>(call: () => Promise<T>): Promise<T | { ok: false; failure: SendFailure }> {
  try {
    return await call();
  } catch (err) {
    return { ok: false, failure: { status: null, code: 'Exception', retryAfterMs: null, message: (err as Error).message } };
  }
}

async function hook(deps: DeliveryDeps, name: string, call: () => Promise<void> | void): Promise<void> {
  try {
    await call();
  } catch (err) {
    deps.log.error({ event: 'outbox.hook_failed', hook: name, err: (err as Error).message }, 'outbox hook failed');
  }
}
