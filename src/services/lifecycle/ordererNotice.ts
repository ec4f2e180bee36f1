import { localeFrom } from '../../i18n';
import type { Order, OrderItem, OutboxDraft } from '../../store/ports';
import type { ServiceContext } from '../context';
import type { NoticeReason, ReachWhy } from './ports';
import { companyOf, portsOf } from './shared';

export type { NoticeReason } from './ports';

/** To the orderer: one item needs them (cardholder unreachable, declined, expired), with what they can do. */
export async function ordererNotice(
  ctx: ServiceContext,
  order: Order,
  item: OrderItem,
  why: NoticeReason,
  ...detail: ReachWhy[]
): Promise<OutboxDraft> {
  const ports = portsOf(ctx);
  const company = await companyOf(ctx, order);
  const orderer = await ctx.store.people.get(order.ordererId);
  return {
    eventId: `orderer.${why}:${item.id}:${item.approvalRound}`,
    recipient: { kind: 'person', id: order.ordererId },
    tenantId: company.tenantId,
    payload: ports.approvals.ordererAction({ item, order, why, ...(detail.length ? { detail } : {}) }, localeFrom(orderer?.locale)),
  };
}
