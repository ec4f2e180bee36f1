import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { LeaseRepository } from '../store/ports';

export interface ConversationLeaseOptions {
  /** Lease length; renewed every third of it while the turn runs, so only a crashed holder's runs out. */
  ttlMs?: number;
  /** Longest wait for another instance's turn of the same conversation before giving up. */
  maxWaitMs?: number;
  /** Longest a turn may hold the lease (the turn deadline): then it is released even if the turn is stuck. */
  maxHoldMs?: number;
  log: Pick<Logger, 'warn'>;
}

/** Another instance held the conversation for longer than `maxWaitMs`: the user is asked to try again. */
export class ConversationBusyError extends Error {
  constructor(readonly key: string) {
    super(`conversation ${key} is busy on another instance`);
    this.name = 'ConversationBusyError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Serialises a conversation's turns across bot instances with a lease row: taken in one statement
 * before the turn and released in one after it, so no connection or transaction is held across the
 * turn's outgoing calls. Waiters retry with a short backoff. A turn never runs twice: a conflict is
 * waited out before the turn starts, not detected after it.
 */
export class ConversationLeases {
  private readonly ttlMs: number;
  private readonly maxWaitMs: number;
  private readonly maxHoldMs: number;

  constructor(
    private readonly leases: LeaseRepository,
    private readonly opts: ConversationLeaseOptions,
  ) {
    this.ttlMs = opts.ttlMs ?? 15_000;
    this.maxWaitMs = opts.maxWaitMs ?? 10_000;
    this.maxHoldMs = opts.maxHoldMs ?? 60_000;
  }

  /** Runs `work` while holding the conversation's lease; `signal` (a turn deadline) releases it early. */
  async hold<T>(conversationId: string, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const key = `turn:${conversationId}`;
    const holder = randomUUID();
    await this.acquire(key, holder);
    let released = false;
    const release = async (reason: string | null) => {
      if (released) return;
      released = true;
      clearInterval(renewal);
      clearTimeout(deadline);
      signal?.removeEventListener('abort', onAbort);
      if (reason)
        this.opts.log.warn(
          { event: 'turn.lease_released_early', conversationId, reason },
          'conversation lease released before the turn finished',
        );
      await this.leases
        .release(key, holder)
        .catch((err: Error) =>
          this.opts.log.warn(
            { event: 'turn.lease_release_failed', reason: err.message },
            'could not release a conversation lease; it expires by itself',
          ),
        );
    };
    const renewal = setInterval(() => void this.leases.renew(key, holder, this.ttlMs).catch(() => undefined), this.ttlMs / 3);
    const deadline = setTimeout(() => void release('turn exceeded its deadline'), this.maxHoldMs);
    renewal.unref();
    deadline.unref();
    const onAbort = () => void release('turn aborted');
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await work();
    } finally {
      await release(null);
    }
  }

  private async acquire(key: string, holder: string): Promise<void> {
    const started = Date.now();
    let pause = 5;
    while (!(await this.leases.acquire(key, holder, this.ttlMs))) {
      if (Date.now() - started > this.maxWaitMs) throw new ConversationBusyError(key);
      await sleep(pause);
      pause = Math.min(pause * 2, 100);
    }
  }
}
