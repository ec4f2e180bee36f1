import { randomUUID } from 'node:crypto';
import type { RateLimitRepository } from '../store/ports';
import { SlidingWindowLimiter, type Permit, type RateWindow } from './limiter';

/** A call counted against `key` under each of `windows`. */
export interface RateCharge {
  key: string;
  windows: readonly RateWindow[];
}

export interface CallPermit {
  /** The call finished at `at`: it counts from then on. */
  complete(at: number): Promise<void>;
  /** The call never went out. */
  abandon(): Promise<void>;
}

export type RateTake = { permit: CallPermit } | { waitMs: number; blockedKey: string | null };

/** Where the worker's rate limits live: in this process (one instance), or in the database (a fleet). */
export interface RateLimits {
  /** Takes a slot for every charge at once, or none and says how long to wait (Infinity: until a call in flight ends). */
  take(charges: RateCharge[], now: number): Promise<RateTake>;
  /** The service said 429 with Retry-After: nothing for `key` before `until`. */
  block(key: string, until: number, now: number): Promise<void>;
}

/** In memory: right for one process (SQLite), and what the fleet version must agree with. */
export class LocalRateLimits implements RateLimits {
  private readonly limiters = new Map<readonly RateWindow[], SlidingWindowLimiter>();

  async take(charges: RateCharge[], now: number): Promise<RateTake> {
    let waitMs = 0;
    let blockedKey: string | null = null;
    for (const c of charges) {
      const wait = this.limiter(c.windows).waitMs(c.key, now);
      if (wait > waitMs) [waitMs, blockedKey] = [wait, c.key];
    }
    if (waitMs > 0) return { waitMs, blockedKey };
    const permits = charges.map((c) => this.limiter(c.windows).acquire(c.key, now)).filter((p): p is Permit => !!p);
    return {
      permit: {
        complete: async (at) => permits.forEach((p) => p.complete(at)),
        abandon: async () => permits.forEach((p) => p.abandon()),
      },
    };
  }

  async block(key: string, until: number, now: number): Promise<void> {
    for (const limiter of this.limiters.values()) limiter.block(key, until, now);
  }

  private limiter(windows: readonly RateWindow[]): SlidingWindowLimiter {
    let limiter = this.limiters.get(windows);
    if (!limiter) this.limiters.set(windows, (limiter = new SlidingWindowLimiter(windows)));
    return limiter;
  }
}

/** In the database: every instance's calls count against the same windows (Teams limits the bot, not a process). */
export class FleetRateLimits implements RateLimits {
  constructor(
    private readonly repo: RateLimitRepository,
    /** An uncompleted slot of a crashed worker stops counting after this long. */
    private readonly leaseMs = 120_000,
  ) {}

  async take(charges: RateCharge[], now: number): Promise<RateTake> {
    if (charges.length === 0) return { permit: { complete: async () => undefined, abandon: async () => undefined } };
    const permit = randomUUID();
    const rules = charges.flatMap((c) => c.windows.map((w) => ({ key: c.key, limit: w.limit, windowMs: w.ms })));
    const { waitMs, blockedKey } = await this.repo.take(permit, rules, new Date(now), this.leaseMs);
    if (waitMs > 0) return { waitMs, blockedKey };
    return { permit: { complete: (at) => this.repo.complete(permit, new Date(at)), abandon: () => this.repo.abandon(permit) } };
  }

  block(key: string, until: number): Promise<void> {
    return this.repo.block(key, new Date(until));
  }
}
