import type { Logger } from '../logger';

/**
 * Slow work started by a turn but finished after it (file checks, card updates). Tracked so a
 * graceful shutdown can wait for it; failures are logged, never thrown into the process.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<void>>();
  constructor(private readonly log: Logger) {}

  run(name: string, task: () => Promise<void>): void {
    const promise = task()
      .catch((err: Error) =>
        this.log.error(
          { event: 'background.failed', task: name, err: { name: err.name, message: err.message, stack: err.stack } },
          'background task failed',
        ),
      )
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  /** Waits for every task, including tasks started by tasks (an upload starts its check), up to `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.running.size > 0 && Date.now() < deadline) {
      await Promise.race([Promise.allSettled([...this.running]), new Promise((r) => setTimeout(r, deadline - Date.now()).unref())]);
    }
  }

  get size(): number {
    return this.running.size;
  }
}
