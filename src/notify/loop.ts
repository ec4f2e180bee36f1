import type { Clock } from './clock';

/**
 * Runs `work` one run at a time: after each run, sleeps until the time the run asked for (never
 * longer than `pollMs`, so rows written by others are picked up), or `pollMs` after a failure.
 */
export class WakeLoop {
  private running: Promise<{ nextWakeAt: number | null }> | undefined;
  private timer: unknown;
  private stopped = true;
  /** A kick that came while a run was in progress: run again right after it (its rows may be past that run's query). */
  private kicked = false;

  constructor(
    private readonly work: () => Promise<{ nextWakeAt: number | null }>,
    private readonly clock: Clock,
    private readonly pollMs: number,
    private readonly onError: (err: unknown) => void,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops scheduling and waits for the run in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** Run now if sleeping (e.g. after an enqueue). */
  kick(): void {
    if (this.stopped) return;
    if (this.timer !== undefined) this.schedule(0);
    else this.kicked = true;
  }

  /** Runs once, after any run in progress (runs never overlap). */
  runOnce<T extends { nextWakeAt: number | null }>(): Promise<T> {
    const run = (this.running ?? Promise.resolve()).catch(() => undefined).then(() => this.work());
    this.running = run;
    return run as Promise<T>;
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) this.clock.clearTimer(this.timer);
    this.timer = this.clock.setTimer(() => {
      this.timer = undefined;
      this.runOnce().then(
        (r) => {
          if (this.stopped) return;
          const rerun = this.kicked;
          this.kicked = false;
          this.schedule(
            rerun ? 0 : r.nextWakeAt === null ? this.pollMs : Math.min(this.pollMs, Math.max(0, r.nextWakeAt - this.clock.now())),
          );
        },
        (err) => {
          this.onError(err);
          if (!this.stopped) this.schedule(this.pollMs);
        },
      );
    }, ms);
  }
}
