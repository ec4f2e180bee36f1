/**
 * Instants before which personal data is no longer kept (src/services/retention/policy.ts makes
 * them from the configured policy). Each purge compares a row's own time with one of these.
 */
export interface RetentionCutoffs {
  /** Photos of items delivered before this. */
  deliveredPhotosBefore: Date;
  /** Numbers and photos of items rejected or cancelled before this. */
  endedItemsBefore: Date;
  /** Numbers of items delivered before this (the card has ended, plus the number retention). */
  deliveredNumbersBefore: Date;
  /** Dialog state not written since. */
  dialogStateBefore: Date;
  /** Photos nothing refers to, import jobs, export requests, and used or expired upload links, older than this. */
  orphansBefore: Date;
}

/** What one purge removed, per kind; the audit entry of the run carries these counts, nothing else. */
export interface PurgeCounts {
  deliveredPhotos: number;
  endedItems: number;
  deliveredNumbers: number;
  dialogStates: number;
  orphanPhotos: number;
  importJobs: number;
  uploadTokens: number;
  /** Export requests (their links lived 15 minutes; the request names the person). */
  exportRequests: number;
}

export interface RetentionRepository {
  /**
   * Erases what the cutoffs say: deletes photos (the order item keeps its id and `photoErasedAt`),
   * replaces numbers by their masked form (`identityErasedAt`, the blind index dropped), deletes
   * dialog state, import jobs and upload links. Idempotent: a second run with the same cutoffs counts 0.
   */
  purge(cutoffs: RetentionCutoffs, mask: (number: string, scheme: string) => string): Promise<PurgeCounts>;
}
