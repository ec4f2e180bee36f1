/**
 * What the rest of the app needs from storage. Async on purpose: the SQLite backend is synchronous,
 * but a PostgreSQL backend must slot in behind the same interfaces.
 */
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
}

export interface CartItem extends CartItemInput {
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
  remove(owner: CartOwner, itemId: string): Promise<boolean>;
  clear(owner: CartOwner): Promise<number>;
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

export interface Store {
  people: PeopleRepository;
  conversations: ConversationRefRepository;
  companies: CompanyRepository;
  cart: CartRepository;
  photos: PhotoRepository;
  botState: KeyValueStorage;
  members: MembershipRepository;
  audit: AuditRepository;
  outbox: OutboxRepository;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
