import type { ApprovalReachRepository } from './approvalReach';
import type { AuditRepository } from './audit';
import type { KeyValueStorage } from './botState';
import type { CardholderRepository } from './cardholders';
import type { CartRepository } from './cart';
import type { CompanyRepository } from './companies';
import type { ConversationRefRepository } from './conversations';
import type { ImportJobRepository } from './imports';
import type { ImportCheckRepository } from './importChecks';
import type { LeaseRepository } from './leases';
import type { LifecycleRepository } from './lifecycle';
import type { MembershipRepository } from './membership';
import type { CardsInUseRepository } from './cardsInUse';
import type { CheckoutRepository, OrderRepository } from './orders';
import type { OrderBrowseRepository } from './orderBrowse';
import type { OutboxRepository } from './outbox';
import type { PeopleRepository } from './people';
import type { PhotoRepository } from './photos';
import type { RateLimitRepository } from './rateLimits';
import type { RetentionRepository } from './retention';
import type { SettingsRepository } from './settings';
import type { UploadTokenRepository } from './uploads';
import type { WakeupChannel } from './wakeups';

/**
 * What the rest of the app needs from storage, one repository per entity. Async on purpose: the
 * SQLite backend is synchronous underneath, the PostgreSQL backend is not, and both sit behind
 * these interfaces (the contract suite in test/store runs every repository test on both).
 */
export interface Store {
  /** Which backend this is: `sqlite` runs one instance; `postgres` may run several on one database. */
  readonly dialect: 'sqlite' | 'postgres';
  people: PeopleRepository;
  conversations: ConversationRefRepository;
  companies: CompanyRepository;
  cart: CartRepository;
  photos: PhotoRepository;
  imports: ImportJobRepository;
  /** Import files accepted and not yet checked to the end (resumed after a crash). */
  importChecks: ImportCheckRepository;
  uploads: UploadTokenRepository;
  settings: SettingsRepository;
  checkouts: CheckoutRepository;
  orders: OrderRepository;
  /** Read-only order views of the Orders tab (search, filter, paging). */
  orderBrowse: OrderBrowseRepository;
  /** A company's cards after delivery, and their end reminders and lapse. */
  cardsInUse: CardsInUseRepository;
  botState: KeyValueStorage;
  members: MembershipRepository;
  audit: AuditRepository;
  outbox: OutboxRepository;
  lifecycle: LifecycleRepository;
  /** How approvals went out to cardholders the bot had not met (Graph install, e-mail link). */
  approvalReach: ApprovalReachRepository;
  leases: LeaseRepository;
  /** The daily purge of personal data past its retention. */
  retention: RetentionRepository;
  /** Export and erasure of one cardholder's data (the person's rights). */
  cardholders: CardholderRepository;
  /** Rate limits shared by the fleet; absent on SQLite (one process keeps them in memory). */
  rateLimits?: RateLimitRepository;
  /** Wake-ups when any instance enqueues outbox messages; absent on SQLite (this process kicks its own worker). */
  outboxWakeups?(opts?: { onState?(state: 'listening' | 'lost', reason?: string): void }): WakeupChannel;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
