import type { RetentionCutoffs } from '../../store/ports';

/** How long personal data is kept; the README's "Retention" section documents the defaults. */
export interface RetentionPolicy {
  /** A delivered card's photo: a replacement card needs a recent photo anyway. */
  photoDays: number;
  /** Identity and coordination numbers after the card ended, or after a rejection or cancellation. */
  numberDays: number;
  /** How long a delivered card counts as in use (the bot is not told when a card is revoked). */
  cardInUseDays: number;
  /** Abandoned dialog state (a new-card draft, a checkout in progress). */
  dialogDays: number;
  /** Photos nothing refers to, unconfirmed imports, used or expired upload links. */
  orphanHours: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { photoDays: 90, numberDays: 90, cardInUseDays: 1826, dialogDays: 7, orphanHours: 24 };

const DAY_MS = 86_400_000;

/** The policy as instants: everything that reached its state before a cutoff is purged. */
export function cutoffsAt(now: Date, policy: RetentionPolicy): RetentionCutoffs {
  const before = (ms: number) => new Date(now.getTime() - ms);
  return {
    deliveredPhotosBefore: before(policy.photoDays * DAY_MS),
    endedItemsBefore: before(policy.numberDays * DAY_MS),
    deliveredNumbersBefore: before((policy.cardInUseDays + policy.numberDays) * DAY_MS),
    dialogStateBefore: before(policy.dialogDays * DAY_MS),
    orphansBefore: before(policy.orphanHours * 3_600_000),
  };
}
