import { validUntil } from '../../src/domain/lifecycle/validity';
import type { IssuerGateway } from '../../src/services/lifecycle/ports';

/** The issuer's card calls as plain text (block, end) and the stand-in validity: for service tests whose ports are text. */
export const textIssuerCalls: Pick<IssuerGateway, 'cardRequest' | 'activation' | 'cardChange'> = {
  cardChange: ({ item, before, open }) => ({
    kind: 'text',
    text: `issuer ${open ? 'review' : 'reviewed'} ${before.firstName} -> ${item.firstName}`,
  }),
  cardRequest: ({ item, request, reason }) => ({ kind: 'text', text: `issuer ${request} ${item.firstName}${reason ? `: ${reason}` : ''}` }),
  activation: (item, at) => ({ validUntil: validUntil(item, at) }),
};
