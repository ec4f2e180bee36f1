/**
 * Short exclusive leases in the database, so several bot instances act as one: a conversation's
 * turns run one at a time across the fleet, and a timer tick runs on one instance. Each call is one
 * statement; nothing holds a connection or a transaction while the lease is held. A holder that
 * crashes simply lets its lease run out.
 */
export interface LeaseRepository {
  /** Takes the lease if it is free or expired; true when `holder` now holds it until `now + ttlMs`. */
  acquire(key: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Extends a lease still held by `holder`; false when it was lost (expired and taken). */
  renew(key: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up (only if still held by `holder`). */
  release(key: string, holder: string): Promise<void>;
  /** Forgets leases that expired more than `olderThanMs` ago (crashed holders). */
  sweep(olderThanMs: number): Promise<number>;
}
