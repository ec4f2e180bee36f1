/** How an approval round went out to a cardholder the bot had not met (see schema/approvalReach.ts). */
export type ReachChannel = 'teams' | 'email';
export type ReachStatus = 'pending' | 'sent' | 'failed' | 'off' | 'decided';

export interface ApprovalReach {
  id: string;
  itemId: string;
  round: number;
  channel: ReachChannel;
  status: ReachStatus;
  detail: string | null;
  failedAttempts: number;
  lastAttemptAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ApprovalReachRepository {
  /** The record of this item, round and channel: created pending, or the existing one (a retried job). */
  open(input: { itemId: string; round: number; channel: ReachChannel }): Promise<ApprovalReach>;
  get(id: string): Promise<ApprovalReach | undefined>;
  /** Every record of these items, oldest first. */
  forItems(itemIds: string[]): Promise<ApprovalReach[]>;
  setStatus(id: string, status: Exclude<ReachStatus, 'decided'>, detail: string | null): Promise<void>;
  /** One more refused try on the approval page; returns the new count. */
  countFailedAttempt(id: string): Promise<number>;
  /** Marks the link's round decided (only once); false when it already was. */
  markDecided(id: string): Promise<boolean>;
}
