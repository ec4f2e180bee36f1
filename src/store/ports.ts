/**
 * What the rest of the app needs from storage. Async on purpose: the SQLite backend is synchronous,
 * but a PostgreSQL backend must slot in behind the same interfaces.
 */
import type { CheckoutRepository, OrderRepository } from './orderPorts';
import type { OrderBrowseRepository } from './orderBrowsePort';
import type { LifecycleRepository } from './lifecyclePorts';
import type { SettingsRepository } from './settingsPorts';

export * from './settingsPorts';
export * from './orderPorts';
export * from './orderBrowsePort';
export * from './lifecyclePorts';
import type { AuditRepository } from './auditPort';
import type { MembershipRepository } from './membershipPort';
import type { OutboxRepository } from './outboxPort';

export * from './auditPort';
export * from './effects';
export * from './membershipPort';
export * from './outboxPort';

export type CompanyRole = 'orderer' | 'admin' | 'manager';
export type CardType = 'standard' | 'visitor';

export interface Person {
  id: string;
  tenantId: string;
  aadObjectId: string;
  teamsUserId: string | null;
  name: string | null;
  email: string | null;
  upn: string | null;
  locale: string | null;
  profileFetchedAt: Date | null;
}

export interface TeamsUserSeen {
  tenantId: string;
  aadObjectId: string;
  teamsUserId?: string;
  name?: string;
  locale?: string;
}

export interface PeopleRepository {
  /** Insert or refresh a person from an activity; `created` tells first contact. */
  upsertSeen(user: TeamsUserSeen): Promise<{ person: Person; created: boolean }>;
  updateProfile(personId: string, profile: { email?: string | null; upn?: string | null; name?: string | null }): Promise<void>;
  get(personId: string): Promise<Person | undefined>;
  findByAad(tenantId: string, aadObjectId: string): Promise<Person | undefined>;
  /** The people seen most recently, newest first (the Orders tab's development sign-in lists them in local mode). */
  recent(limit: number): Promise<Person[]>;
  /** People whose profile e-mail or UPN is this address (case-insensitive), in one tenant if given. */
  findByEmail(email: string, tenantId?: string): Promise<Person[]>;
}

export interface StoredConversationRef {
  conversationId: string;
  personId: string | null;
  tenantId: string | null;
  conversationType: string;
  serviceUrl: string;
  reference: Record<string, unknown>;
  updatedAt: Date;
}

export interface ConversationRefRepository {
  upsert(ref: Omit<StoredConversationRef, 'updatedAt'>): Promise<void>;
  findPersonal(personId: string): Promise<StoredConversationRef | undefined>;
  get(conversationId: string, personId: string | null): Promise<StoredConversationRef | undefined>;
  /** The most recently seen serviceUrl in a tenant, to create a 1:1 chat with someone never seen. */
  serviceUrlForTenant(tenantId: string): Promise<string | undefined>;
}

export interface Company {
  id: string;
  tenantId: string;
  name: string;
  orgNumber: string | null;
}

export interface CompanyRepository {
  create(company: Omit<Company, 'id'> & { id?: string }): Promise<Company>;
  get(companyId: string): Promise<Company | undefined>;
  grant(companyId: string, personId: string, role: CompanyRole): Promise<void>;
  rolesOf(personId: string): Promise<{ company: Company; role: CompanyRole }[]>;
}

export interface CartItemInput {
  firstName: string;
  lastName: string;
  nationality: string;
  identityScheme: string;
  identityNumber: string;
  coordinationNumber: string | null;
  dateOfBirth: string | null;
  email: string;
  mobile: string;
  cardType: CardType;
  hasBankId: boolean;
  manualIdVerification: boolean;
  photoId: string | null;
  /** A hard photo failure recorded for the item (bulk import); it blocks checkout until fixed. */
  photoFailure?: PhotoFailureRecord | null;
}

export interface PhotoFailureRecord {
  code: string;
  params: Record<string, string | number>;
}

export interface CartItem extends CartItemInput {
  photoFailure: PhotoFailureRecord | null;
  id: string;
  companyId: string;
  ordererId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CartOwner {
  companyId: string;
  ordererId: string;
}

export interface CartRepository {
  add(owner: CartOwner, item: CartItemInput): Promise<{ item: CartItem; cartSize: number }>;
  list(owner: CartOwner): Promise<CartItem[]>;
  count(owner: CartOwner): Promise<number>;
  /** The item only if it is in this owner's cart. */
  get(owner: CartOwner, itemId: string): Promise<CartItem | undefined>;
  /** Overwrites an item in place (same id and position); undefined when it is no longer in the cart. */
  replace(owner: CartOwner, itemId: string, item: CartItemInput): Promise<CartItem | undefined>;
  remove(owner: CartOwner, itemId: string): Promise<boolean>;
  clear(owner: CartOwner): Promise<number>;
  /** Empties the cart only if it is still at `version` (see cartVersion); otherwise nothing changes. */
  clearAtVersion(owner: CartOwner, version: string): Promise<{ cleared: number } | { changed: true }>;
}

export interface PhotoFindingRecord {
  code: string;
  params: Record<string, string | number>;
}

export interface StoredPhoto {
  id: string;
  ownerPersonId: string;
  jpeg: Buffer;
  thumbnail: Buffer;
  findings: PhotoFindingRecord[];
  createdAt: Date;
}

export interface PhotoRepository {
  save(photo: Omit<StoredPhoto, 'id' | 'createdAt'>): Promise<StoredPhoto>;
  get(photoId: string): Promise<StoredPhoto | undefined>;
  /** Findings of the stored photos among `photoIds`, without their bytes; absent ids are not stored. */
  findingsOf(photoIds: string[]): Promise<Map<string, PhotoFindingRecord[]>>;
}

/** What a link uploads: a cardholder's photo (the new-card dialog) or a bulk-import file. */
export type UploadPurpose = 'cardholder-photo' | 'import';

export interface UploadToken {
  id: string;
  personId: string;
  tenantId: string;
  conversationId: string;
  purpose: UploadPurpose;
  locale: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  photoId: string | null;
}

export interface UploadTokenRepository {
  /** Stores a new link; also forgets links that expired more than a day ago. */
  issue(token: Omit<UploadToken, 'createdAt' | 'usedAt' | 'photoId'>): Promise<UploadToken>;
  get(tokenId: string): Promise<UploadToken | undefined>;
  /**
   * In one transaction: marks the link used (only if unused and unexpired at `now`) and saves the
   * photo. Undefined when the link was used or expired meanwhile; then nothing is saved.
   */
  consumeWithPhoto(tokenId: string, now: Date, photo: Omit<StoredPhoto, 'id' | 'createdAt'>): Promise<{ token: UploadToken; photo: StoredPhoto } | undefined>;
  /** Marks the link used (only if unused and unexpired at `now`); undefined when it was not. */
  consume(tokenId: string, now: Date): Promise<UploadToken | undefined>;
}

/** botbuilder's Storage contract, structurally (so this layer does not import botbuilder). */
export interface StoreItems {
  [key: string]: any;
}
export interface KeyValueStorage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export interface ImportProblemRecord {
  rowNumber: number;
  column: string;
  code: string;
  message: string;
}

export interface ImportJob {
  id: string;
  companyId: string;
  ordererId: string;
  status: 'checked' | 'confirmed' | 'expired';
  fileName: string;
  totalRows: number;
  readyRows: CartItemInput[];
  problems: ImportProblemRecord[];
  hasReport: boolean;
  createdAt: Date;
}

export interface ImportJobRepository {
  create(job: Omit<ImportJob, 'id' | 'status' | 'createdAt' | 'hasReport'> & { report: Buffer | null }): Promise<ImportJob>;
  get(jobId: string): Promise<ImportJob | undefined>;
  report(jobId: string): Promise<Buffer | undefined>;
  /**
   * In one transaction: claims the job (checked -> confirmed) and adds its ready rows to the
   * owner's cart. A second confirmation (double click, old card) adds nothing.
   */
  confirmIntoCart(jobId: string, owner: CartOwner): Promise<{ added: number; cartSize: number; alreadyConfirmed: boolean }>;
  /** Drops an unconfirmed job's rows; false when it was not the owner's open job. */
  discard(jobId: string, owner: CartOwner): Promise<boolean>;
}

export interface Store {
  people: PeopleRepository;
  conversations: ConversationRefRepository;
  companies: CompanyRepository;
  cart: CartRepository;
  photos: PhotoRepository;
  imports: ImportJobRepository;
  uploads: UploadTokenRepository;
  settings: SettingsRepository;
  checkouts: CheckoutRepository;
  orders: OrderRepository;
  /** Read-only order views of the Orders tab (search, filter, paging). */
  orderBrowse: OrderBrowseRepository;
  botState: KeyValueStorage;
  members: MembershipRepository;
  audit: AuditRepository;
  outbox: OutboxRepository;
  lifecycle: LifecycleRepository;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
