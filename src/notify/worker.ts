import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { OutboxMessage, OutboxRepository } from '../store/ports';
import { systemClock, type Clock } from './clock';
import { deliver, openConversation, runJob, settle, type DeliveryDeps, type DeliveryHooks } from './deliver';
import { TEAMS_CONVERSATION_LIMITS, TEAMS_TENANT_LIMITS, type RateWindow } from './limiter';
import { LocalRateLimits, type CallPermit, type RateCharge, type RateLimits } from './rateLimits';
import type { OutboxJobs, ProactiveSender } from './ports';
import type { RecipientDirectory, Resolution } from './recipients';
import { renderDefault, type PayloadRenderer } from './render';
import { DEFAULT_RETRY, type RetryConfig } from './retryPolicy';
import { WakeLoop } from './loop';

export interface OutboxWorkerOptions extends DeliveryHooks {
  outbox: OutboxRepository;
  recipients: RecipientDirectory;
  sender: ProactiveSender;
  /** Runs rows addressed to a service (Graph installs, approval mails). */
  jobs?: OutboxJobs;
  render?: PayloadRenderer;
  clock?: Clock;
  random?: () => number;
  limits?: { conversation?: readonly RateWindow[]; tenant?: readonly RateWindow[] };
  /** Where the limits' state lives: this process (default), or the database for a fleet of instances. */
  rateLimits?: RateLimits;
  retry?: Partial<RetryConfig>;
  /** A claim older than this is presumed crashed and retried (at-least-once). */
  leaseMs?: number;
  batchSize?: number;
  /** Calls in flight at once (never two for one conversation). */
  concurrency?: number;
  /** Longest sleep: new rows are picked up at least this often. */
  pollMs?: number;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
}

export interface RunResult {
  /** Groups handed to the sender (or settled without a call) in this run. */
  dispatched: number;
  /** When there will be work again (a due time or a rate-limit opening); null: nothing pending. */
  nextWakeAt: number | null;
}

/**
 * Delivers the outbox: claims due messages atomically, sends each group through the
 * ProactiveSender within the per-conversation and per-tenant limits, and records the outcome.
 * Pending rows live in the database, so a new worker over the same database resumes them.
 */
export class OutboxWorker {
  private readonly deps: DeliveryDeps;
  private readonly windows: { conversation: readonly RateWindow[]; tenant: readonly RateWindow[] };
  private readonly clock: Clock;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly loop: WakeLoop;

  constructor(private readonly opts: OutboxWorkerOptions) {
    this.clock = opts.clock ?? systemClock;
    // One call in flight per conversation across the fleet too (keeps its messages in order): a
    // window of 1 ms that holds one call counts, in effect, only the call still in flight.
    this.windows = {
      conversation: [...(opts.limits?.conversation ?? TEAMS_CONVERSATION_LIMITS), { limit: 1, ms: 1 }],
      tenant: opts.limits?.tenant ?? TEAMS_TENANT_LIMITS,
    };
    this.leaseMs = opts.leaseMs ?? 120_000;
    this.batchSize = opts.batchSize ?? 200;
    this.concurrency = opts.concurrency ?? 8;
    this.pollMs = opts.pollMs ?? 1_000;
    this.loop = new WakeLoop(
      () => this.run(),
      this.clock,
      this.pollMs,
      (err) => opts.log.error({ event: 'outbox.run_failed', err: (err as Error).message }, 'outbox run failed'),
    );
    this.deps = {
      outbox: opts.outbox,
      sender: opts.sender,
      ...(opts.jobs ? { jobs: opts.jobs } : {}),
      recipients: opts.recipients,
      render: opts.render ?? renderDefault,
      clock: this.clock,
      random: opts.random ?? Math.random,
      retry: { ...DEFAULT_RETRY, ...opts.retry },
      limits: opts.rateLimits ?? new LocalRateLimits(),
      conversationKey: (conversationId) => `conversation:${conversationId}`,
      hooks: { onSent: opts.onSent, onUnreachable: opts.onUnreachable, onFailed: opts.onFailed },
      log: opts.log,
    };
  }

  /** Starts the loop: recovers crashed claims, then runs whenever work is due (and polls). */
  start(): void {
    this.loop.start();
  }

  /** Stops the loop and waits for the run in progress; nothing is lost (pending stays pending). */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Run soon (after an enqueue), instead of at the next poll. */
  kick(): void {
    this.loop.kick();
  }

  /** One run: everything dispatchable now. Tests and the bench drive the worker with this. */
  runOnce(): Promise<RunResult> {
    return this.loop.runOnce<RunResult>();
  }

  private async run(): Promise<RunResult> {
    const { outbox } = this.deps;
    const recovered = await outbox.recoverExpiredLeases(new Date(this.clock.now()));
    if (recovered) this.opts.log.warn({ event: 'outbox.recovered', count: recovered }, 'claims of a crashed worker returned to pending');
    const wakes: number[] = [];
    let dispatched = 0;
    for (;;) {
      const due = await outbox.due(new Date(this.clock.now()), this.batchSize);
      const n = due.length ? await this.pass(due, wakes) : 0;
      dispatched += n;
      if (n === 0) break;
    }
    const now = this.clock.now();
    const nextDue = (await outbox.nextActionAt())?.getTime();
    if (nextDue === undefined) return { dispatched, nextWakeAt: null };
    // A rate-limit opening that is already here (it came while the run went on) means: run again now.
    const soonest = Math.min(...wakes.map((w) => Math.max(w, now)), nextDue > now ? nextDue : Infinity);
    if (Number.isFinite(soonest)) return { dispatched, nextWakeAt: soonest };
    // Due but held back by a call in flight on another instance: look again shortly, not at the next poll.
    return { dispatched, nextWakeAt: now + (nextDue <= now ? Math.min(this.pollMs, IN_FLIGHT_RETRY_MS) : this.pollMs) };
  }

  /** Dispatches what the limits allow from one batch of due messages; waits for the calls to finish. */
  private async pass(due: OutboxMessage[], wakes: number[]): Promise<number> {
    const claimed = new Set<string>();
    const busy = new Set<string>();
    // A conversation skipped once in a pass stays skipped, so its later messages cannot overtake.
    const held = new Set<string>();
    const blockedTenants = new Set<string>();
    const inFlight = new Set<Promise<void>>();
    let dispatched = 0;

    const launch = (key: string, permit: CallPermit, work: () => Promise<void>) => {
      busy.add(key);
      const call = work()
        .finally(() =>
          permit
            .complete(this.clock.now())
            .catch((err: Error) =>
              this.opts.log.warn({ event: 'outbox.rate_stamp_failed', err: err.message }, 'could not record a call for the rate limits'),
            ),
        )
        .finally(() => {
          busy.delete(key);
          inFlight.delete(call);
        });
      inFlight.add(call);
      dispatched += 1;
    };

    for (const message of due) {
      if (claimed.has(message.id) || blockedTenants.has(message.tenantId)) continue;
      while (inFlight.size >= this.concurrency) await Promise.race(inFlight);
      const resolution = await this.deps.recipients.resolve(message.recipient);
      const now = this.clock.now();
      // Jobs hold no conversation: each row is its own key, so one slow job does not hold the others.
      const key =
        resolution.kind === 'address'
          ? resolution.address.conversationId
          : resolution.kind === 'job'
            ? `job:${message.id}`
            : `recipient:${message.recipient.kind}:${message.recipient.id}`;
      if (busy.has(key) || held.has(key)) {
        held.add(key);
        continue;
      }

      // Take the rate-limit slots first (tenant and conversation at once), then the claim.
      const taken = await this.deps.limits.take(this.chargesFor(resolution.kind, message.tenantId, key), now);
      if (!('permit' in taken)) {
        if (taken.blockedKey === tenantKey(message.tenantId)) blockedTenants.add(message.tenantId);
        else held.add(key);
        // Infinity: a call in flight must end first; its completion is followed by the next run.
        if (Number.isFinite(taken.waitMs)) wakes.push(now + taken.waitMs);
        continue;
      }
      const { permit } = taken;
      const token = randomUUID();
      const group = await this.deps.outbox.claim(message.id, token, new Date(now), this.leaseMs);
      if (group.length === 0) {
        await permit.abandon();
        continue;
      }
      for (const m of group) claimed.add(m.id);

      if (resolution.kind === 'job') {
        launch(key, permit, () => runJob(this.deps, group, token));
      } else if (resolution.kind === 'unreachable') {
        const failure = { status: null, code: resolution.code, retryAfterMs: null, message: 'no conversation to reach this recipient' };
        launch(key, permit, () => settle(this.deps, group, token, failure, null, 'unreachable'));
      } else if (resolution.kind === 'create') {
        launch(key, permit, () => openConversation(this.deps, group, token, resolution.personId, resolution.target));
      } else {
        launch(key, permit, () => deliver(this.deps, group, token, resolution.address));
      }
    }
    await Promise.all(inFlight);
    return dispatched;
  }

  /** Unreachable and jobs: no Teams call. Create: one tenant call. Send: a tenant and a conversation slot. */
  private chargesFor(kind: Resolution['kind'], tenantId: string, conversationId: string): RateCharge[] {
    if (kind === 'unreachable' || kind === 'job') return [];
    const tenant = { key: tenantKey(tenantId), windows: this.windows.tenant };
    return kind === 'create' ? [tenant] : [tenant, { key: this.deps.conversationKey(conversationId), windows: this.windows.conversation }];
  }
}

const tenantKey = (tenantId: string) => `tenant:${tenantId}`;
/** How soon to look again at messages held back only by another instance's call in flight. */
const IN_FLIGHT_RETRY_MS = 100;
