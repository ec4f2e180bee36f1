import type { LifecycleActor } from '../../domain/lifecycle/states';
import type { CardInUse, Order } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import type { CardNotices, CardTiming } from '../lifecycle/ports';
import { portsOf } from '../lifecycle/shared';
import { authorize } from '../roles/actorRoles';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_CARD_TIMING: CardTiming = { endReminderDays: [60, 14], renewalWindowDays: 90 };

/** Plain-text notices where the edge gives none (service tests, a bot without cards). */
const TEXT_NOTICES: CardNotices = {
  endReminder: ({ item, daysLeft }) => ({ kind: 'text', text: `${item.firstName} ${item.lastName}: ends in ${daysLeft} day(s)` }),
  lapsed: ({ item }) => ({ kind: 'text', text: `${item.firstName} ${item.lastName}: no longer valid` }),
  toCardholder: ({ request }) => ({ kind: 'text', text: `your card: ${request}` }),
};

export function cardPortsOf(ctx: ServiceContext): { notices: CardNotices; timing: CardTiming } {
  const cards = portsOf(ctx).cards;
  return { notices: cards?.notices ?? TEXT_NOTICES, timing: cards?.timing ?? DEFAULT_CARD_TIMING };
}

/** The card and its order; NotFoundError for an unknown id. */
export async function loadCard(ctx: ServiceContext, itemId: string): Promise<CardInUse> {
  const found = await ctx.store.lifecycle.item(itemId);
  if (!found) throw new NotFoundError(`item ${itemId}`);
  return found;
}

/**
 * Authorises a change to a card in use ('card.manage': the card's orderer, or the company's admin)
 * and says in which capacity, for the audit: the orderer when it is theirs, else the admin.
 */
export async function cardActor(scope: { ctx: ServiceContext; actor: Actor }, card: CardInUse): Promise<LifecycleActor> {
  const { order } = card;
  const roles = await authorize(scope, 'card.manage', {
    type: 'item',
    companyId: order.companyId,
    ordererId: order.ordererId,
    cardholderPersonId: card.cardholderPersonId,
  });
  const owns = order.ordererId === roles.personId && roles.companies.some((c) => c.companyId === order.companyId && c.role === 'orderer');
  return { kind: owns ? 'orderer' : 'admin', personId: scope.actor.personId };
}

/** A card the person may change (its orderer or the company's admin): for a question asked before the change. */
export async function cardToManage(scope: { ctx: ServiceContext; actor: Actor }, itemId: string): Promise<CardInUse> {
  const card = await loadCard(scope.ctx, itemId);
  await cardActor(scope, card);
  return card;
}

/** When the next end reminder of a card is due after `sent` reminders (days before valid-until, largest first); null when none is left. */
export function nextEndReminderAt(validUntil: Date, sent: number, timing: CardTiming): Date | null {
  const days = [...timing.endReminderDays].sort((a, b) => b - a)[sent];
  return days === undefined ? null : new Date(validUntil.getTime() - days * DAY_MS);
}

export const nameOf = (item: { firstName: string; lastName: string }) => `${item.firstName} ${item.lastName}`;
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export type { Order };
