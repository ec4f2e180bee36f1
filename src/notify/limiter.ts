/**
 * Sliding-window rate limits per key (a conversation, a tenant). A call holds a slot from the
 * moment it is dispatched; its timestamp is taken when it *completes*, because the service saw it
 * somewhere in between: spacing completion-to-dispatch by the window guarantees the service never
 * sees more than `limit` calls in any window, whatever the network delay.
 */
export interface RateWindow {
  limit: number;
  ms: number;
}

/** Teams "send to conversation" (and "create conversation") per bot per conversation (rate-limit.md). */
export const TEAMS_CONVERSATION_LIMITS: readonly RateWindow[] = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
];
/** Teams global limit per app per tenant. */
export const TEAMS_TENANT_LIMITS: readonly RateWindow[] = [{ limit: 30, ms: 1_000 }];

export interface Permit {
  /** The call finished (successfully or not) at `at`: it counts from then on. */
  complete(at: number): void;
  /** The call never went out: free the slot. */
  abandon(): void;
}

interface KeyState {
  stamps: number[];
  inFlight: number;
  blockedUntil: number;
}

export class SlidingWindowLimiter {
  private readonly keys = new Map<string, KeyState>();
  private readonly horizon: number;
  private acquisitions = 0;

  constructor(private readonly windows: readonly RateWindow[]) {
    this.horizon = Math.max(0, ...windows.map((w) => w.ms));
  }

  /** 0 when a call may go now; otherwise how long to wait (Infinity: until an in-flight call completes). */
  waitMs(key: string, now: number): number {
    const state = this.state(key, now);
    let wait = Math.max(0, state.blockedUntil - now);
    for (const w of this.windows) {
      const recent = state.stamps.filter((t) => t > now - w.ms);
      const excess = recent.length + state.inFlight - w.limit + 1;
      if (excess <= 0) continue;
      // The `excess` oldest completed calls must leave the window; in-flight ones have no time yet.
      wait = Math.max(wait, excess <= recent.length ? recent[excess - 1]! + w.ms - now : Infinity);
    }
    return wait;
  }

  acquire(key: string, now: number): Permit | null {
    if (this.waitMs(key, now) > 0) return null;
    if (++this.acquisitions % 1_000 === 0) this.sweep(now);
    const state = this.state(key, now);
    state.inFlight += 1;
    let open = true;
    const close = () => {
      if (!open) return false;
      open = false;
      state.inFlight -= 1;
      return true;
    };
    return {
      complete: (at) => {
        if (!close()) return;
        const i = state.stamps.findIndex((t) => t > at);
        state.stamps.splice(i === -1 ? state.stamps.length : i, 0, at);
      },
      abandon: () => void close(),
    };
  }

  /** The service said 429 with Retry-After: nothing for this key before `until`. */
  block(key: string, until: number, now: number): void {
    const state = this.state(key, now);
    state.blockedUntil = Math.max(state.blockedUntil, until);
  }

  private state(key: string, now: number): KeyState {
    let state = this.keys.get(key);
    if (!state) {
      state = { stamps: [], inFlight: 0, blockedUntil: 0 };
      this.keys.set(key, state);
    }
    const cutoff = now - this.horizon;
    let drop = 0;
    while (drop < state.stamps.length && state.stamps[drop]! <= cutoff) drop += 1;
    if (drop) state.stamps.splice(0, drop);
    return state;
  }

  /** Forget idle keys, so one-off conversations do not accumulate. */
  private sweep(now: number): void {
    for (const [key, state] of this.keys) {
      if (state.inFlight === 0 && state.blockedUntil <= now && state.stamps.every((t) => t <= now - this.horizon)) this.keys.delete(key);
    }
  }

  /** Keys currently tracked (for tests of the sweep). */
  get size(): number {
    return this.keys.size;
  }
}
