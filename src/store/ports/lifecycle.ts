import type { ItemState, OrderState } from '../../domain/lifecycle/states';
import type { TxEffects } from './effects';
import type { Order, OrderItem } from './orders';
import type { RecipientKind } from './outbox';

/** Columns a transition (or an edit before a resend) may change on an item. */
export type ItemPatch = Partial<
  Pick<
    OrderItem,
    | 'status'
    | 'reason'
    | 'declinedField'
    | 'trackingRef'
    | 'cardholderPersonId'
    | 'approvalRound'
    | 'remindAt'
    | 'remindersSent'
    | 'expiresAt'
    | 'firstName'
    | 'lastName'
    | 'email'
    | 'mobile'
    | 'cardType'
    | 'validUntil'
    | 'cardReview'
  >
>;

/** One conditional change: applies only while the row is still in one of `from`. */
export interface OrderChange {
  orderId: string;
  from: readonly OrderState[];
  set: { status: OrderState; reason?: string | null };
}
export interface ItemChange {
  itemId: string;
  from: readonly ItemState[];
  /** Optional extra guard for the approval round a card was for (an old card after a resend). */
  round?: number;
  /** Optional extra guard for the reminders sent so far (a card's end reminders: two ticks send one). */
  sent?: number;
  set: ItemPatch;
}

/**
 * `applied`: every change matched and was written with its effects. `already_decided`: some row
 * was no longer in its expected state (a double click, an old card, a concurrent decision);
 * nothing at all was written. Never an error.
 */
export type ApplyResult = 'applied' | 'already_decided';

export interface CardPost {
  key: string;
  purpose: 'review' | 'approval';
  subjectId: string;
  recipientKind: Exclude<RecipientKind, 'service'>;
  recipientId: string;
  tenantId: string;
  activityId: string;
  conversationId: string;
  createdAt: Date;
}

export interface LifecycleRepository {
  /** All changes, conditional on their expected states, plus the audit and outbox effects, in one transaction. */
  apply(change: { order?: OrderChange; items?: ItemChange[] }, effects: TxEffects): Promise<ApplyResult>;
  item(itemId: string): Promise<(OrderItem & { order: Order }) | undefined>;
  /** Items waiting for this e-mail's cardholder that nobody was bound to yet, in approved orders of the tenant. */
  unboundAwaiting(email: string, tenantId: string): Promise<(OrderItem & { order: Order })[]>;
  /** Open approval rounds whose reminder or expiry is due at `now`. */
  dueApprovals(now: Date, limit: number): Promise<(OrderItem & { order: Order })[]>;
  recordPost(post: CardPost): Promise<void>;
  posts(purpose: CardPost['purpose'], subjectId: string): Promise<CardPost[]>;
  /** Forget posts once their final replacement is enqueued. */
  forgetPosts(keys: string[]): Promise<void>;
}
