import { localeFrom } from '../../i18n';
import { transitionItem } from '../../domain/lifecycle';
import { auditRecord } from '../../domain/lifecycle/audit';
import type { CardInUse, OutboxDraft } from '../../store/ports';
import type { ServiceContext } from '../context';
import { snapshotOf } from '../lifecycle/itemSnapshot';
import { companyOf, eventDrafts } from '../lifecycle/shared';
import { cardPortsOf, DAY_MS, isoDate, nameOf, nextEndReminderAt } from './cardScope';

const BATCH = 100;

/**
 * One scheduler tick for cards in use: the orderer is reminded before a card's end (with Renew),
 * and a card past its valid-until date lapses (the orderer and managers are told). Due times live
 * in the database (`remind_at`, `valid_until`), so a restart loses none; each step is a conditional
 * update (on the state, and on the count of reminders sent), so two ticks never act twice.
 */
export async function runCardTimers({ ctx }: { ctx: ServiceContext }): Promise<{ reminded: number; lapsed: number }> {
  if (!ctx.lifecycle) return { reminded: 0, lapsed: 0 };
  const now = ctx.now();
  let reminded = 0;
  let lapsed = 0;
  for (const card of await ctx.store.cardsInUse.dueTimers(now, BATCH)) {
    if (card.validUntil && card.validUntil <= now) lapsed += (await lapse(ctx, card)) ? 1 : 0;
    else reminded += (await remind(ctx, card)) ? 1 : 0;
  }
  if (reminded || lapsed) ctx.log.info({ event: 'card.timers', reminded, lapsed }, 'card end reminders and lapses');
  return { reminded, lapsed };
}

async function lapse(ctx: ServiceContext, { order, ...item }: CardInUse): Promise<boolean> {
  const result = transitionItem(snapshotOf(item), { type: 'lapse' }, { kind: 'system', personId: null }, ctx.now(), {
    orderState: order.status,
  });
  if (!result.ok) return false;
  const name = nameOf(item);
  const outbox = await eventDrafts(ctx, {
    order,
    eventId: `item.lapse:${item.id}`,
    key: 'event.item_lapsed',
    params: { name },
    orderer: false,
  });
  // The orderer gets a notice of their own, with Renew.
  outbox.push(
    await ordererDraft(ctx, order, `card.lapsed:${item.id}`, (locale) => cardPortsOf(ctx).notices.lapsed({ item, order }, locale)),
  );
  const applied = await ctx.store.lifecycle.apply(
    { items: [{ itemId: item.id, from: [item.status], set: { status: 'card_lapsed', remindAt: null } }] },
    { audit: [result.audit], outbox },
  );
  return applied === 'applied';
}

async function remind(ctx: ServiceContext, { order, ...item }: CardInUse): Promise<boolean> {
  if (!item.validUntil) return false;
  const { notices, timing } = cardPortsOf(ctx);
  const sent = item.remindersSent + 1;
  const daysLeft = Math.max(0, Math.ceil((item.validUntil.getTime() - ctx.now().getTime()) / DAY_MS));
  const audit = auditRecord({
    subject: { type: 'item', id: item.id },
    who: { kind: 'system', personId: null },
    when: ctx.now(),
    what: 'item.end_reminder',
    from: item.status,
    to: item.status,
    details: { reminder: String(sent), validUntil: isoDate(item.validUntil) },
  });
  const outbox = [
    await ordererDraft(ctx, order, `card.end_reminder:${item.id}:${sent}`, (locale) =>
      notices.endReminder({ item, order, daysLeft }, locale),
    ),
  ];
  const applied = await ctx.store.lifecycle.apply(
    {
      items: [
        {
          itemId: item.id,
          from: ['card_active'],
          sent: item.remindersSent,
          set: { remindersSent: sent, remindAt: nextEndReminderAt(item.validUntil, sent, timing) },
        },
      ],
    },
    { audit: [audit], outbox },
  );
  return applied === 'applied';
}

async function ordererDraft(
  ctx: ServiceContext,
  order: CardInUse['order'],
  eventId: string,
  payload: (locale: ReturnType<typeof localeFrom>) => OutboxDraft['payload'],
): Promise<OutboxDraft> {
  const [company, orderer] = await Promise.all([companyOf(ctx, order), ctx.store.people.get(order.ordererId)]);
  return {
    eventId,
    recipient: { kind: 'person', id: order.ordererId },
    tenantId: company.tenantId,
    payload: payload(localeFrom(orderer?.locale)),
  };
}
