import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { OutboxMessage, OutboxRepository } from '../store/ports';
import { systemClock, type Clock } from './clock';
import { deliver, openConversation, settle, type DeliveryDeps, type DeliveryHooks } from './deliver';
import { SlidingWindowLimiter, TEAMS_CONVERSATION_LIMITS, TEAMS_TENANT_LIMITS, type Permit, type RateWindow } from './limiter';
import type { ProactiveSender } from './ports';
import type { RecipientDirectory } from './recipients';
import { renderDefault, type PayloadRenderer } from './render';
import { DEFAULT_RETRY, type RetryConfig } from './retryPolicy';

export interface OutboxWorkerOptions extends DeliveryHooks {
  outbox: OutboxRepository;
  recipients: RecipientDirectory;
  sender: ProactiveSender;
  render?: PayloadRenderer;
  clock?: Clock;
  random?: () => number;
  limits?: { conversation?: readonly RateWindow[]; tenant?: readonly RateWindow[] };
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
  private readonly tenants: SlidingWindowLimiter;
  private readonly clock: Clock;
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private running: Promise<RunResult> | undefined;
  private timer: unknown;
  private stopped = true;

  constructor(private readonly opts: OutboxWorkerOptions) {
    this.clock = opts.clock ?? systemClock;
    this.tenants = new SlidingWindowLimiter(opts.limits?.tenant ?? TEAMS_TENANT_LIMITS);
    this.leaseMs = opts.leaseMs ?? 120_000;
    this.batchSize = opts.batchSize ?? 200;
    this.concurrency = opts.concurrency ?? 8;
    this.pollMs = opts.pollMs ?? 1_000;
    this.deps = {
      outbox: opts.outbox,
      sender: opts.sender,
      recipients: opts.recipients,
      render: opts.render ?? renderDefault,
      clock: this.clock,
      random: opts.random ?? Math.random,
      retry: { ...DEFAULT_RETRY, ...opts.retry },
      conversations: new SlidingWindowLimiter(opts.limits?.conversation ?? TEAMS_CONVERSATION_LIMITS),
      hooks: { onSent: opts.onSent, onUnreachable: opts.onUnreachable, onFailed: opts.onFailed },
      log: opts.log,
    };
  }

  /** Starts the loop: recovers crashed claims, then runs whenever work is due (and polls). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops the loop and waits for the run in progress; nothing is lost (pending stays pending). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Run soon (after an enqueue), instead of at the next poll. */
  kick(): void {
    if (!this.stopped && this.timer !== undefined) this.schedule(0);
  }

  /** One run: everything dispatchable now. Tests and the bench drive the worker with this. */
  runOnce(): Promise<RunResult> {
    const run = (this.running ?? Promise.resolve()).catch(() => undefined).then(() => this.run());
    this.running = run;
    return run;
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.timer = this.clock.setTimer(() => {
      this.timer = undefined;
      this.runOnce().then(
        (r) => this.stopped || this.schedule(r.nextWakeAt === null ? this.pollMs : Math.min(this.pollMs, Math.max(0, r.nextWakeAt - this.clock.now()))),
        (err) => {
          this.opts.log.error({ event: 'outbox.run_failed', err: (err as Error).message }, 'outbox run failed');
          if (!this.stopped) this.schedule(this.pollMs);
        },
      );
    }, ms);
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
    const soonest = Math.min(...wakes.filter((w) => w > now), nextDue > now ? nextDue : Infinity);
    return { dispatched, nextWakeAt: Number.isFinite(soonest) ? soonest : now + this.pollMs };
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

    const launch = (key: string, permits: Permit[], work: () => Promise<void>) => {
      busy.add(key);
      const call = work().finally(() => {
        const at = this.clock.now();
        for (const p of permits) p.complete(at);
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
      const key = resolution.kind === 'address' ? resolution.address.conversationId : `recipient:${message.recipient.kind}:${message.recipient.id}`;
      if (busy.has(key) || held.has(key)) {
        held.add(key);
        continue;
      }

      const tenantWait = resolution.kind === 'unreachable' ? 0 : this.tenants.waitMs(message.tenantId, now);
      const conversationWait = resolution.kind === 'address' ? this.deps.conversations.waitMs(key, now) : 0;
      if (tenantWait > 0) {
        blockedTenants.add(message.tenantId);
        wakes.push(now + tenantWait);
        continue;
      }
      if (conversationWait > 0) {
        held.add(key);
        wakes.push(now + conversationWait);
        continue;
      }

      const token = randomUUID();
      const group = await this.deps.outbox.claim(message.id, token, new Date(now), this.leaseMs);
      if (group.length === 0) continue;
      for (const m of group) claimed.add(m.id);

      if (resolution.kind === 'unreachable') {
        const failure = { status: null, code: resolution.code, retryAfterMs: null, message: 'no conversation to reach this recipient' };
        launch(key, [], () => settle(this.deps, group, token, failure, null, 'unreachable'));
      } else if (resolution.kind === 'create') {
        launch(key, [this.tenants.acquire(message.tenantId, now)!], () => openConversation(this.deps, group, token, resolution.personId, resolution.target));
      } else {
        const permits = [this.tenants.acquire(message.tenantId, now)!, this.deps.conversations.acquire(key, now)!];
        launch(key, permits, () => deliver(this.deps, group, token, resolution.address));
      }
    }
    await Promise.all(inFlight);
    return dispatched;
  }
}
