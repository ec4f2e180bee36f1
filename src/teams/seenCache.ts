import type { Person } from '../store/ports';

interface Entry {
  person: Person;
  fingerprint: string;
  at: number;
}

/**
 * Remembers, per person and conversation, what the last activity already wrote (person row,
 * conversation reference, local seed). A turn whose fingerprint is unchanged and recent skips
 * those writes, which otherwise cost more than the dialog turn itself. Bounded; entries expire.
 */
export class SeenCache {
  private readonly entries = new Map<string, Entry>();
  constructor(
    private readonly maxEntries = 10_000,
    private readonly ttlMs = 5 * 60 * 1000,
  ) {}

  get(key: string, fingerprint: string, now: number): Person | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.fingerprint !== fingerprint || now - entry.at > this.ttlMs) return undefined;
    return entry.person;
  }

  set(key: string, fingerprint: string, person: Person, now: number): void {
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.delete(key);
    this.entries.set(key, { person, fingerprint, at: now });
  }
}
