import { localeFrom, t } from '../../i18n';
import type { Company, Order, OutboxDraft, OutboxRecipient } from '../../store/ports';
import type { ServiceContext } from '../context';
import { GRAPH_PERMISSIONS, type ReachPorts } from './ports';

/**
 * Graph refused for lack of consent (or the app is not in the organisation's catalog): the
 * company's admins (else the orderer) are told exactly what to do. Once per tenant and person: the
 * event id is the tenant's, so the outbox skips every later copy as a duplicate.
 */
export async function consentNotice(ctx: ServiceContext, reach: ReachPorts, order: Order, company: Company): Promise<OutboxDraft[]> {
  const admins = (await ctx.store.members.members(company.id)).filter((m) => m.role === 'admin').map((m) => m.personId);
  const recipients: OutboxRecipient[] = [...new Set(admins.length ? admins : [order.ordererId])].map((id) => ({ kind: 'person', id }));
  const drafts: OutboxDraft[] = [];
  for (const recipient of recipients) {
    const locale = localeFrom((await ctx.store.people.get(recipient.id))?.locale);
    const text = t(locale, 'reach.consent.text', {
      permissions: GRAPH_PERMISSIONS.join(', '),
      appId: reach.clientId ?? '',
      link: reach.consentUrl(company.tenantId),
    });
    drafts.push({
      eventId: `reach.consent:${company.tenantId}`,
      recipient,
      tenantId: company.tenantId,
      payload: { kind: 'text', text: `**${t(locale, 'reach.consent.title')}**\n\n${text}` },
    });
  }
  return drafts;
}
