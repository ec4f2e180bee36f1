import { localeFrom, t, type Locale, type MessageKey, type MessageParams } from '../../i18n';
import { escapedParams } from '../../i18n/markdown';
import type { Company, Order, OrderItem, OutboxDraft, OutboxPayload, OutboxRecipient, Person } from '../../store/ports';
import type { ServiceContext } from '../context';
import { NotFoundError } from '../errors';
import { companyAudience } from '../roles/audiences';
import type { ApprovalTiming, LifecyclePorts, TrackedPayload } from './ports';

/** Several events of one order within this window reach each recipient as one message. */
export const EVENT_COALESCE_MS = 60_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function portsOf(ctx: ServiceContext): LifecyclePorts {
  if (!ctx.lifecycle) throw new Error('the order life cycle is not configured (ServiceContext.lifecycle)');
  return ctx.lifecycle;
}

export async function companyOf(ctx: ServiceContext, order: Order): Promise<Company> {
  const company = await ctx.store.companies.get(order.companyId);
  if (!company) throw new NotFoundError(`company ${order.companyId}`);
  return company;
}

export async function localeOfRecipient(ctx: ServiceContext, recipient: OutboxRecipient): Promise<Locale> {
  if (recipient.kind !== 'person') return 'en';
  return localeFrom((await ctx.store.people.get(recipient.id))?.locale);
}

/**
 * One line about an order for its orderer, the company's managers and subscribed channels
 * (never the actor): coalesced per order and recipient, so a burst of events is one message.
 */
export async function eventDrafts(
  ctx: ServiceContext,
  input: { order: Order; eventId: string; key: MessageKey; params?: MessageParams; actorPersonId?: string | null; orderer?: boolean },
): Promise<OutboxDraft[]> {
  const { order } = input;
  const company = await companyOf(ctx, order);
  const audience = await companyAudience({ ctx, companyId: order.companyId, exceptPersonId: input.actorPersonId ?? undefined });
  if (
    input.orderer !== false &&
    order.ordererId !== input.actorPersonId &&
    !audience.some((r) => r.kind === 'person' && r.id === order.ordererId)
  ) {
    audience.unshift({ kind: 'person', id: order.ordererId });
  }
  const drafts: OutboxDraft[] = [];
  for (const recipient of audience) {
    const locale = await localeOfRecipient(ctx, recipient);
    const payload: OutboxPayload = {
      kind: 'event',
      title: t(locale, 'event.title', { number: order.number, company: company.name }),
      // The line goes to Teams only (card text): names and reasons are shown as typed, never as Markdown.
      line: t(locale, input.key, { number: order.number, ...escapedParams(input.params ?? {}) }),
      orderNumber: order.number,
      open: t(locale, 'event.open_in_orders'),
      show: t(locale, 'order.open'),
    };
    drafts.push({
      eventId: input.eventId,
      recipient,
      tenantId: company.tenantId,
      payload,
      coalesce: { key: `order:${order.id}`, windowMs: EVENT_COALESCE_MS },
    });
  }
  return drafts;
}

/** Updates of every posted card about `subjectId` (for everyone who got it); the posts are then forgotten. */
export async function replacePosts(
  ctx: ServiceContext,
  purpose: 'review' | 'approval',
  subjectId: string,
  eventId: string,
  payloadFor: (locale: Locale) => OutboxPayload,
): Promise<{ drafts: OutboxDraft[]; keys: string[] }> {
  const posts = await ctx.store.lifecycle.posts(purpose, subjectId);
  const drafts: OutboxDraft[] = [];
  for (const post of posts) {
    const recipient: OutboxRecipient = { kind: post.recipientKind, id: post.recipientId };
    // One recipient may hold several posts (reminders): one update each.
    drafts.push({
      eventId: `${eventId}@${post.activityId}`,
      recipient,
      tenantId: post.tenantId,
      payload: payloadFor(await localeOfRecipient(ctx, recipient)),
      replacesActivityId: post.activityId,
    });
  }
  return { drafts, keys: posts.map((p) => p.key) };
}

/** The due times of a fresh approval round. */
export function approvalRound(item: Pick<OrderItem, 'approvalRound'>, at: Date, timing: ApprovalTiming) {
  const first = timing.reminderDays[0];
  return {
    approvalRound: item.approvalRound + 1,
    remindersSent: 0,
    remindAt: first === undefined ? null : new Date(at.getTime() + first * DAY_MS),
    expiresAt: new Date(at.getTime() + timing.expiryDays * DAY_MS),
  };
}

/** When the next reminder of a round is due, after `sent` reminders; null when none is left. */
export function nextReminderAt(item: { expiresAt: Date | null }, sent: number, timing: ApprovalTiming): Date | null {
  const days = timing.reminderDays[sent];
  if (days === undefined || !item.expiresAt) return null;
  const roundStart = item.expiresAt.getTime() - timing.expiryDays * DAY_MS;
  return new Date(roundStart + days * DAY_MS);
}

/** The approval card for the item's bound cardholder (idempotent per round: `approval:<item>:<round>`). */
export function approvalDraft(
  ports: LifecyclePorts,
  input: { item: OrderItem; order: Order; company: Company; person: Person; reminder?: number },
): OutboxDraft {
  const { item, person } = input;
  const payload: TrackedPayload = {
    ...ports.approvals.request({ item, order: input.order, company: input.company, reminder: !!input.reminder }, localeFrom(person.locale)),
    track: { purpose: 'approval', subjectId: item.id },
  };
  const suffix = input.reminder ? `:reminder-${input.reminder}` : '';
  return {
    eventId: `approval:${item.id}:${item.approvalRound}${suffix}`,
    recipient: { kind: 'person', id: person.id },
    tenantId: input.company.tenantId,
    payload,
  };
}

/** The cardholder for an item: the person with the item's e-mail in the order's tenant, if the bot met them. */
export async function cardholderFor(ctx: ServiceContext, item: OrderItem, company: Company): Promise<Person | undefined> {
  if (item.cardholderPersonId) return ctx.store.people.get(item.cardholderPersonId);
  return (await ctx.store.people.findByEmail(item.email, company.tenantId))[0];
}
