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
