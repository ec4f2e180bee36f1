/** One rate rule a call counts against: at most `limit` calls per `windowMs` for `key`. */
export interface RateRule {
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * Rate-limit state shared by every instance on one database (PostgreSQL). A permit holds one slot
 * per key from dispatch; `complete` stamps it with the time the call finished, from which it
 * counts in the windows (the service saw the call somewhere in between).
 */
export interface RateLimitRepository {
  /** waitMs 0: taken under `permit`; > 0: wait that long for `blockedKey`; Infinity: until an in-flight call ends. Nothing is taken unless 0. */
  take(permit: string, rules: RateRule[], now: Date, leaseMs: number): Promise<{ waitMs: number; blockedKey: string | null }>;
  complete(permit: string, at: Date): Promise<void>;
  abandon(permit: string): Promise<void>;
  /** A 429 with Retry-After for `key`: nothing before `until`. */
  block(key: string, until: Date): Promise<void>;
}
