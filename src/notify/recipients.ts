import type { OutboxRecipient, Store } from '../store/ports';
import type { ConversationAddress, PersonalConversationTarget } from './ports';

export type Resolution =
  | { kind: 'address'; address: ConversationAddress }
  /** No 1:1 chat stored yet: create one, then send. */
  | { kind: 'create'; personId: string; target: PersonalConversationTarget }
  /** Not a Teams message: a job the worker runs (OutboxJobs). */
  | { kind: 'job' }
  | { kind: 'unreachable'; code: 'UnknownPerson' | 'NoServiceUrl' | 'UnknownChannel' };

/** Where an outbox recipient's messages go. */
export interface RecipientDirectory {
  resolve(recipient: OutboxRecipient): Promise<Resolution>;
  /** Keeps a newly created 1:1 conversation as the person's personal reference. */
  remember(personId: string, address: ConversationAddress): Promise<void>;
}

/**
 * Resolves recipients from the conversation references captured on every activity. For a person
 * without a 1:1 chat (a cardholder who never opened the bot), a chat is created using the
 * serviceUrl last seen in their tenant (never a hard-coded region), unless `fallbackServiceUrl`.
 */
export function storeRecipients(
  store: Pick<Store, 'people' | 'conversations'>,
  opts: { fallbackServiceUrl?: string } = {},
): RecipientDirectory {
  return {
    async resolve(recipient) {
      if (recipient.kind === 'service') return { kind: 'job' };
      if (recipient.kind === 'channel') {
        const ref = await store.conversations.get(recipient.id, null);
        return ref ? { kind: 'address', address: toAddress(ref) } : { kind: 'unreachable', code: 'UnknownChannel' };
      }
      const ref = await store.conversations.findPersonal(recipient.id);
      if (ref) return { kind: 'address', address: toAddress(ref) };
      const person = await store.people.get(recipient.id);
      if (!person) return { kind: 'unreachable', code: 'UnknownPerson' };
      const serviceUrl = (await store.conversations.serviceUrlForTenant(person.tenantId)) ?? opts.fallbackServiceUrl;
      if (!serviceUrl) return { kind: 'unreachable', code: 'NoServiceUrl' };
      const target: PersonalConversationTarget = {
        aadObjectId: person.aadObjectId,
        tenantId: person.tenantId,
        serviceUrl,
        ...(person.teamsUserId ? { teamsUserId: person.teamsUserId } : {}),
      };
      return { kind: 'create', personId: person.id, target };
    },
    async remember(personId, address) {
      await store.conversations.upsert({
        conversationId: address.conversationId,
        personId,
        tenantId: address.tenantId,
        conversationType: 'personal',
        serviceUrl: address.serviceUrl,
        reference: address.reference,
      });
    },
  };
}

function toAddress(ref: {
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  reference: Record<string, unknown>;
}): ConversationAddress {
  return { conversationId: ref.conversationId, serviceUrl: ref.serviceUrl, tenantId: ref.tenantId, reference: ref.reference };
}
