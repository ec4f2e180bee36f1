import { transitionItem } from '../../domain/lifecycle';
import { auditRecord } from '../../domain/lifecycle/audit';
import type { Order, OrderItem } from '../../store/ports';
import type { ServiceContext } from '../context';
import { mailReminder } from '../reach/reachDrafts';
import { snapshotOf } from './itemSnapshot';
import { ordererNotice } from './ordererNotice';
import { approvalDraft, companyOf, eventDrafts, nextReminderAt, portsOf, replacePosts } from './shared';

const BATCH = 100;

/**
 * One scheduler tick: unanswered approvals are reminded (the cardholder gets the card again,
 * marked as a reminder) and expire at their due time (the orderer is told and may resend). Due
 * times live in the database, so a restart loses none; each step is a conditional update on the
 * round, so two ticks (or two instances) never act twice.
 */
export async function runApprovalTimers({ ctx }: { ctx: ServiceContext }): Promise<{ reminded: number; expired: number }> {
  if (!ctx.lifecycle) return { reminded: 0, expired: 0 };
  const now = ctx.now();
  let reminded = 0;
  let expired = 0;
  for (const { order, ...item } of await ctx.store.lifecycle.dueApprovals(now, BATCH)) {
    if (item.expiresAt && item.expiresAt <= now) expired += (await expire(ctx, order, item)) ? 1 : 0;
    else reminded += (await remind(ctx, order, item)) ? 1 : 0;
  }
  if (reminded || expired) ctx.log.info({ event: 'approval.timers', reminded, expired }, 'approval reminders and expiries');
  return { reminded, expired };
}

async function expire(ctx: ServiceContext, order: Order, item: OrderItem): Promise<boolean> {
  const ports = portsOf(ctx);
  const result = transitionItem(snapshotOf(item), { type: 'expire' }, { kind: 'system', personId: null }, ctx.now(), {
    orderState: order.status,
  });
  if (!result.ok) return false;
  const expiredItem: OrderItem = { ...item, status: 'expired', remindAt: null, expiresAt: null };
  const replaced = await replacePosts(ctx, 'approval', item.id, `approval.expired:${item.id}:${item.approvalRound}`, (locale) =>
    ports.approvals.outcome({ item: expiredItem, order, outcome: 'expired' }, locale),
  );
  const events = await eventDrafts(ctx, {
    order,
    eventId: `item.expire:${item.id}:${item.approvalRound}`,
    key: 'event.item_expired',
    params: { name: `${item.firstName} ${item.lastName}` },
    orderer: false,
  });
  const applied = await ctx.store.lifecycle.apply(
    {
      items: [
        {
          itemId: item.id,
          from: ['awaiting_cardholder'],
          round: item.approvalRound,
          set: { status: 'expired', remindAt: null, expiresAt: null },
        },
      ],
    },
    { audit: [result.audit], outbox: [...replaced.drafts, ...events, await ordererNotice(ctx, order, expiredItem, 'expired')] },
  );
  return applied === 'applied';
}

async function remind(ctx: ServiceContext, order: Order, item: OrderItem): Promise<boolean> {
  const ports = portsOf(ctx);
  const sent = item.remindersSent + 1;
  const next = nextReminderAt(item, sent, ports.timing);
  const person = item.cardholderPersonId ? await ctx.store.people.get(item.cardholderPersonId) : undefined;
  const company = await companyOf(ctx, order);
  // Not met in Teams but e-mailed a link: the reminder is the same link mailed again.
  const mailed = person ? [] : await mailReminder(ctx, item, company.tenantId, sent);
  const delivered = person ? 'yes' : mailed.length ? 'email' : 'no';
  const audit = auditRecord({
    subject: { type: 'item', id: item.id },
    who: { kind: 'system', personId: null },
    when: ctx.now(),
    what: 'item.remind',
    from: item.status,
    to: item.status,
    details: { reminder: String(sent), delivered },
  });
  const applied = await ctx.store.lifecycle.apply(
    {
      items: [{ itemId: item.id, from: ['awaiting_cardholder'], round: item.approvalRound, set: { remindersSent: sent, remindAt: next } }],
    },
    { audit: [audit], outbox: person ? [approvalDraft(ports, { item, order, company, person, reminder: sent })] : mailed },
  );
  return applied === 'applied' && delivered !== 'no';
}
