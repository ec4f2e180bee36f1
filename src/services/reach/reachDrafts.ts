import type { Company, Order, OrderItem, OutboxDraft } from '../../store/ports';
import type { ServiceContext } from '../context';
import { ordererNotice } from '../lifecycle/ordererNotice';
import type { ReachWhy } from '../lifecycle/ports';

export type ReachJobKind = 'reach.install' | 'reach.mail';
export interface ReachJobPayload {
  kind: ReachJobKind;
  itemId: string;
  round: number;
  /** For the mail job: why Teams did not work first (the orderer's notice says so). */
  after?: ReachWhy;
  /** For the mail job: the n-th reminder of a link already mailed (the same link again). */
  reminder?: number;
  [key: string]: unknown;
}

/** The outbox job that installs the app for the cardholder (Graph), or mails them the link. */
export function reachJob(
  kind: ReachJobKind,
  item: Pick<OrderItem, 'id' | 'approvalRound'>,
  tenantId: string,
  opts: { after?: ReachWhy; reminder?: number } = {},
): OutboxDraft {
  const payload: ReachJobPayload = {
    kind,
    itemId: item.id,
    round: item.approvalRound,
    ...(opts.after ? { after: opts.after } : {}),
    ...(opts.reminder ? { reminder: opts.reminder } : {}),
  };
  const suffix = opts.reminder ? `:reminder-${opts.reminder}` : '';
  return {
    eventId: `${kind}:${item.id}:${item.approvalRound}${suffix}`,
    recipient: { kind: 'service', id: kind === 'reach.install' ? 'graph' : 'mail' },
    tenantId,
    payload,
  };
}

/** A reminder for a cardholder reached by e-mail: the same link mailed again; none if the round was not mailed. */
export async function mailReminder(ctx: ServiceContext, item: OrderItem, tenantId: string, reminder: number): Promise<OutboxDraft[]> {
  const [record] = (await ctx.store.approvalReach.forItems([item.id])).filter(
    (r) => r.round === item.approvalRound && r.channel === 'email' && r.status === 'sent',
  );
  return record && ctx.reach?.mail ? [reachJob('reach.mail', item, tenantId, { reminder })] : [];
}

/**
 * An approval round opened for a cardholder the bot has never met: install the app for them
 * through Graph when configured, else e-mail them the link, else the orderer is told why they wait
 * (they are reached the moment they open the bot, either way).
 */
export async function reachDrafts(
  ctx: ServiceContext,
  { order, item, company }: { order: Order; item: OrderItem; company: Company },
  prefer?: 'teams' | 'email',
): Promise<OutboxDraft[]> {
  const reach = ctx.reach;
  if (reach?.teams && prefer !== 'email') return [reachJob('reach.install', item, company.tenantId)];
  if (reach?.mail) return [reachJob('reach.mail', item, company.tenantId)];
  // Neither path: the card waits for them to open the bot; the orderer hears why no other way was tried.
  return [await ordererNotice(ctx, order, item, 'no_person', ...(reach ? (['no_smtp'] as const) : []))];
}
