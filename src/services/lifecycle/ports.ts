import type { Locale } from '../../i18n';
import type { Company, Order, OrderItem, OutboxPayload, PhotoFindingRecord } from '../../store/ports';

/** What the company asks the issuer to do with a card in use. */
export type CardRequest = 'block' | 'end';

/** An order as the review desk sees it. */
export interface ReviewView {
  order: Order;
  company: Company;
  items: { item: OrderItem; findings: PhotoFindingRecord[] }[];
}

export type ReviewOutcome =
  { kind: 'open' } | { kind: 'approved' } | { kind: 'rejected'; reason: string } | { kind: 'cancelled'; reason: string };

/**
 * The issuer's side of the life cycle. The Teams review desk (src/teams/features/review/issuerDesk.ts) renders
 * cards for the reviewers; a real issuer API would turn the same calls into API requests queued in
 * the outbox. The payloads are enqueued with the change that causes them.
 */
export interface IssuerGateway {
  /** The review card for every reviewer, with the current item states (`open`: still decidable). */
  reviewCard(view: ReviewView, outcome: ReviewOutcome, locale: Locale): OutboxPayload;
  /** A card whose printed name changed after the order's approval, for the issuer to approve (`open`) or as approved. */
  cardChange(
    input: { item: OrderItem; order: Order; company: Company; before: Pick<OrderItem, 'firstName' | 'lastName'>; open: boolean },
    locale: Locale,
  ): OutboxPayload;
  /** Block (lost, stolen) or end a card: what the issuer receives (the desk: a notice to its reviewers). */
  cardRequest(
    input: { item: OrderItem; order: Order; company: Company; request: CardRequest; reason: string | null },
    locale: Locale,
  ): OutboxPayload;
  /**
   * The issuer's report on a card it activated: its valid-until date. The local desk applies the
   * stand-in rule (src/domain/lifecycle/validity.ts); a real issuer reports its own date.
   */
  activation(item: OrderItem, activatedAt: Date): { validUntil: Date };
}

/** What the orderer and the cardholder are told about a card in use. */
export interface CardNotices {
  /** To the orderer before the card's end, with Renew. */
  endReminder(input: { item: OrderItem; order: Order; daysLeft: number }, locale: Locale): OutboxPayload;
  /** To the orderer when the card passed its date, with Renew. */
  lapsed(input: { item: OrderItem; order: Order }, locale: Locale): OutboxPayload;
  /** To the cardholder in their 1:1 chat: their card was blocked or ended. */
  toCardholder(input: { item: OrderItem; order: Order; company: Company; request: CardRequest }, locale: Locale): OutboxPayload;
}

export interface CardTiming {
  /** Days before a card's valid-until date when its orderer is reminded (e.g. 60 and 14). */
  endReminderDays: readonly number[];
  /** How many days before its end a card may be renewed. */
  renewalWindowDays: number;
}

export type ApprovalOutcome = 'approved' | 'declined' | 'expired' | 'replaced' | 'cancelled';

/** The cardholder's own approval card, and what replaces it once decided. */
export interface ApprovalCards {
  /** What will be printed, with the FULL identity number: only ever sent to that cardholder. */
  request(input: { item: OrderItem; order: Order; company: Company; reminder: boolean }, locale: Locale): OutboxPayload;
  outcome(input: { item: OrderItem; order: Order; outcome: ApprovalOutcome }, locale: Locale): OutboxPayload;
  /** To the orderer: the cardholder declined or could not be reached; choices to resend or change the e-mail. */
  ordererAction(input: { item: OrderItem; order: Order; why: NoticeReason; detail?: readonly ReachWhy[] }, locale: Locale): OutboxPayload;
}

/**
 * Why the orderer hears about one item: declined, expired, unreachable in Teams, never met
 * (`no_person`), e-mailed a link (`emailed`), or not reachable any way (`not_reached`, with `detail`).
 */
export type NoticeReason = 'declined' | 'unreachable' | 'no_person' | 'expired' | 'emailed' | 'not_reached';
/** What stood in the way of reaching a cardholder (src/services/reach). */
export type ReachWhy = 'consent' | 'not_found' | 'graph_failed' | 'graph_off' | 'no_smtp' | 'mail_failed';

export interface ApprovalTiming {
  /** Days after sending an approval card when the cardholder is reminded (e.g. 2 and 5). */
  reminderDays: readonly number[];
  /** Days after which an unanswered approval expires (e.g. 14). */
  expiryDays: number;
}

export interface LifecyclePorts {
  issuer: IssuerGateway;
  approvals: ApprovalCards;
  timing: ApprovalTiming;
  /** Cards after delivery; absent where the edge has none (defaults: text notices, 60/14 days, 90-day window). */
  cards?: { notices: CardNotices; timing: CardTiming };
}

/** Card posts to remember once sent (outbox `onSent`), so a later decision can replace them. */
export interface TrackedPayload extends OutboxPayload {
  track?: { purpose: 'review' | 'approval'; subjectId: string };
}
