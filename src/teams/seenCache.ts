import type { Person } from '../store/ports';
import { CheckedCache } from '../store/checkedCache';

/**
 * Remembers, per person and conversation, what the last activity already wrote (person row,
 * conversation reference, local seed). A turn whose fingerprint is unchanged and recent skips
 * those writes, which otherwise cost more than the dialog turn itself. Bounded; entries expire.
 */
export class SeenCache extends CheckedCache<Person> {
  constructor(maxEntries = 10_000, ttlMs = 5 * 60 * 1000) {
    super(maxEntries, ttlMs);
  }
}
