/**
 * An import file accepted for checking, kept until its check has updated the card, so a crash
 * or restart in between does not lose it: whichever instance holds the lease runs the check;
 * after a lease runs out another instance (or the restarted one) claims it.
 */
export interface PendingImportCheck {
  id: string;
  personId: string;
  tenantId: string;
  locale: string;
  fileName: string;
  /** The uploaded file (sealed at rest). */
  file: Buffer;
  /** Where the result card is (to be) posted. */
  reference: Record<string, unknown>;
  /** The "Checking…" card, once posted. */
  cardActivityId: string | null;
  /** How often the check was claimed after its lease ran out (0 for the first run). */
  attempts: number;
  leaseUntil: Date;
  createdAt: Date;
}

export interface ImportCheckRepository {
  /** Stores a received file whose check starts now, leased to the caller until `leaseUntil`. */
  create(check: Omit<PendingImportCheck, 'id' | 'attempts' | 'createdAt' | 'cardActivityId'>): Promise<PendingImportCheck>;
  setCard(id: string, cardActivityId: string): Promise<void>;
  /** Extends the lease of a check still running; false when it is gone (finished, or claimed by another). */
  renew(id: string, leaseUntil: Date): Promise<boolean>;
  /**
   * Claims every check whose lease ended before `expiredBefore`, counting one more attempt and
   * leasing it until `leaseUntil`. Concurrent claims never return the same check twice.
   */
  claimExpired(expiredBefore: Date, leaseUntil: Date): Promise<PendingImportCheck[]>;
  /** The check has updated its card (with a result, or a failure): the file is dropped. */
  finish(id: string): Promise<void>;
}
