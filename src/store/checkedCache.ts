/**
 * A bounded memory of values, each kept with a check (a fingerprint, an eTag) and the time it was
 * kept: `get` gives the value back only while the caller's check still matches and it is younger
 * than `ttlMs`. The oldest entry goes first when full. Used where a turn can skip work the previous
 * turn already did: the person and conversation writes (src/teams/seenCache.ts), and reading back
 * the bot state this instance wrote last (the eTag is the check, so another instance's write or a
 * deleted row is never served from memory).
 */
export class CheckedCache<V> {
  private readonly entries = new Map<string, { value: V; check: string; at: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
  ) {}

  get(key: string, check: string, now: number): V | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.check !== check || now - entry.at > this.ttlMs) return undefined;
    return entry.value;
  }

  /** Whether anything is kept for `key` (a caller may skip asking for the current check otherwise). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  set(key: string, check: string, value: V, now: number): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, check, at: now });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
