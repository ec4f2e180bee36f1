import type { Clock } from '../../src/notify/clock';

/** A clock that moves only when told; timers fire in due order as time passes over them. */
export class FakeClock implements Clock {
  private t: number;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  constructor(start = Date.parse('2026-03-02T10:00:00Z')) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  date(): Date {
    return new Date(this.t);
  }

  setTimer(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.t + Math.max(0, ms), callback });
    return id;
  }

  clearTimer(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves time forward to `at` (never backwards), firing timers due on the way. */
  set(at: number): void {
    for (;;) {
      const next = [...this.timers.entries()].filter(([, t]) => t.at <= at).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = Math.max(this.t, next[1].at);
      next[1].callback();
    }
    this.t = Math.max(this.t, at);
  }

  advance(ms: number): void {
    this.set(this.t + ms);
  }

  get pendingTimers(): number {
    return this.timers.size;
  }
}

/** Runs the worker to completion on the fake clock: each run, then jump to its next wake time. */
export async function drain(
  worker: { runOnce(): Promise<{ nextWakeAt: number | null }> },
  clock: FakeClock,
  opts: { until?: number; maxRuns?: number } = {},
): Promise<number> {
  let runs = 0;
  for (;;) {
    const { nextWakeAt } = await worker.runOnce();
    runs += 1;
    if (nextWakeAt === null || (opts.until !== undefined && nextWakeAt > opts.until)) return runs;
    if (runs >= (opts.maxRuns ?? 100_000)) throw new Error(`worker still busy after ${runs} runs`);
    clock.set(Math.max(clock.now(), nextWakeAt));
  }
}

/** Largest number of timestamps within any half-open window [t, t + windowMs). */
export function maxInWindow(timestamps: readonly number[], windowMs: number): number {
  const sorted = [...timestamps].sort((a, b) => a - b);
  let max = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    max = Math.max(max, end - start + 1);
  }
  return max;
}
