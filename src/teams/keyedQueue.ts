/**
 * Runs tasks one at a time per key (a conversation): two quick messages in the same chat must not
 * race on its dialog state, while other conversations go on in parallel. A task that outlives
 * `maxHoldMs` no longer holds the queue (its outgoing calls are bounded; this is the net for
 * anything else that never ends): the chat's next turn starts, the stuck one finishes on its own.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  constructor(private readonly maxHoldMs = 60_000) {}

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    // Counted from when the task starts, not from when it was queued.
    const finishedOrHeldTooLong = () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.maxHoldMs);
        timer.unref();
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        result.then(done, done);
      });
    const tail = previous.then(finishedOrHeldTooLong, finishedOrHeldTooLong);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  get size(): number {
    return this.tails.size;
  }
}
