/**
 * True at most once per `intervalMs` of the given clock readings: for housekeeping a hot path used to
 * do on every call (expired upload tokens were deleted on every photo question, a transaction each turn).
 */
export function onceEvery(intervalMs: number): (at: Date) => boolean {
  let last = Number.NEGATIVE_INFINITY;
  return (at) => {
    if (at.getTime() - last < intervalMs) return false;
    last = at.getTime();
    return true;
  };
}

/** Expired upload tokens are kept a day after expiry, then deleted by the next issue, checked at most every ten minutes. */
export function expiredUploadTokens(): { due(at: Date): boolean; before(at: Date): Date } {
  return { due: onceEvery(10 * 60 * 1000), before: (at) => new Date(at.getTime() - 24 * 60 * 60 * 1000) };
}
