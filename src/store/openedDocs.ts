/**
 * The last bot-state documents this instance wrote or opened, as plain JSON, each with the eTag of
 * the row it came from. A turn reads its conversation's row that the previous turn just wrote: if
 * the row's eTag is still the one remembered, the document is taken from here instead of being
 * fetched and decrypted again. The eTag is the check — every write makes a new one — so a write by
 * another instance, a restore or a deleted row is never served from memory.
 *
 * Bounded, and an entry left alone for `idleMs` is dropped, so decrypted answers stay in memory
 * only while their conversation is active.
 */
export class OpenedDocs {
  private readonly docs = new Map<string, { etag: string; json: string; at: number }>();

  constructor(
    private readonly now: () => Date,
    private readonly limit = 2_000,
    private readonly idleMs = 15 * 60 * 1000,
  ) {}

  /** The remembered JSON if the row still has `etag`. */
  get(key: string, etag: string): string | undefined {
    const doc = this.docs.get(key);
    if (!doc) return undefined;
    const at = this.now().getTime();
    if (doc.etag !== etag || at - doc.at > this.idleMs) {
      this.docs.delete(key);
      return undefined;
    }
    doc.at = at;
    return doc.json;
  }

  /** The eTag remembered for `key` (what a read may ask the store to compare against). */
  etagOf(key: string): string | undefined {
    return this.docs.get(key)?.etag;
  }

  remember(key: string, etag: string, json: string): void {
    this.docs.delete(key);
    this.docs.set(key, { etag, json, at: this.now().getTime() });
    if (this.docs.size > this.limit) this.docs.delete(this.docs.keys().next().value!);
  }

  forget(key: string): void {
    this.docs.delete(key);
  }
}
