import { z } from 'zod';
import { checkIdentityNumber } from '../../domain/identity';
import { localeFrom, type Locale } from '../../i18n';
import type { ApprovalReach, Company, Order, OrderItem, OutboxPayload } from '../../store/ports';
import type { ServiceContext } from '../context';
import { applyApprovalDecision, DECLINABLE_FIELDS, type ApprovalResult } from '../lifecycle/decideApproval';
import { companyOf, portsOf } from '../lifecycle/shared';
import { parseInput } from '../parseInput';

/** Wrong dates of birth a link takes before it is locked for good (the orderer can send a new one). */
export const MAX_LINK_ATTEMPTS = 5;

export type LinkState =
  | { kind: 'open'; card: OutboxPayload; locale: Locale; asksDateOfBirth: boolean }
  /** Decided on this page or in Teams, or no longer this round's (replaced, cancelled, expired). */
  | { kind: 'closed'; card: OutboxPayload; locale: Locale }
  | { kind: 'unknown' }
  | { kind: 'locked'; locale: Locale }
  | { kind: 'wrong_date'; locale: Locale; attemptsLeft: number }
  /** The date of birth is asked first: nothing personal is shown before it is right. */
  | { kind: 'needs_date'; locale: Locale };

export const linkInput = z.object({ dateOfBirth: z.string().trim().max(20).optional() });
export const linkDecision = linkInput.extend({
  decision: z.enum(['approve', 'decline']),
  field: z.enum(DECLINABLE_FIELDS).optional(),
  reason: z.string().max(2000).optional(),
});

interface Round {
  record: ApprovalReach;
  order: Order;
  item: OrderItem;
  company: Company;
  locale: Locale;
}

/**
 * The approval page of a cardholder reached by e-mail. Opening it (GET, then this with the date of
 * birth) never uses the link up; only a decision does, through the same conditional update as the
 * Teams card, so the page and the card cannot both decide. The date of birth is a second factor
 * besides the mailbox; wrong ones are counted and lock the link after MAX_LINK_ATTEMPTS.
 */
export async function openApprovalLink({
  ctx,
  reachId,
  input,
}: {
  ctx: ServiceContext;
  reachId: string;
  input: z.input<typeof linkInput>;
}): Promise<LinkState> {
  const round = await roundOf(ctx, reachId);
  if (!round) return { kind: 'unknown' };
  const gate = await checkGate(ctx, round, parseInput(linkInput, input).dateOfBirth);
  return gate ?? openState(ctx, round);
}

export async function decideByLink({
  ctx,
  reachId,
  input,
}: {
  ctx: ServiceContext;
  reachId: string;
  input: z.input<typeof linkDecision>;
}): Promise<LinkState & { result?: ApprovalResult['kind'] }> {
  const { dateOfBirth, decision, field, reason } = parseInput(linkDecision, input);
  const round = await roundOf(ctx, reachId);
  if (!round) return { kind: 'unknown' };
  const gate = await checkGate(ctx, round, dateOfBirth);
  if (gate) return gate;
  const { record, order, item } = round;
  if (record.round !== item.approvalRound || item.status !== 'awaiting_cardholder')
    return { ...(await openState(ctx, round)), result: 'already_decided' };
  const result = await applyApprovalDecision(
    ctx,
    { order, item },
    { itemId: item.id, round: record.round, decision, field, reason },
    { personId: null, via: 'email' },
  );
  if (result.kind === 'applied') await ctx.store.approvalReach.markDecided(record.id);
  ctx.log.info({ event: 'approval.page_decision', itemId: item.id, result: result.kind }, 'a decision on the e-mailed approval page');
  if (result.kind === 'refused') return { ...(await openState(ctx, round)), result: result.kind };
  const now = await roundOf(ctx, reachId);
  return { ...(await openState(ctx, now ?? round)), result: result.kind };
}

async function roundOf(ctx: ServiceContext, reachId: string): Promise<Round | undefined> {
  const record = await ctx.store.approvalReach.get(reachId);
  if (!record || record.channel !== 'email') return undefined;
  const found = await ctx.store.lifecycle.item(record.itemId);
  if (!found) return undefined;
  const { order, ...item } = found;
  const locale = localeFrom((await ctx.store.people.get(order.ordererId))?.locale);
  return { record, order, item, company: await companyOf(ctx, order), locale };
}

/** The cardholder's date of birth as the number or the order gives it; null: none to ask for. */
export function expectedDateOfBirth(item: Pick<OrderItem, 'dateOfBirth' | 'nationality' | 'identityNumber'>): string | null {
  if (item.dateOfBirth) return item.dateOfBirth;
  const checked = checkIdentityNumber(item.nationality, item.identityNumber);
  return checked.ok && checked.dateOfBirth ? checked.dateOfBirth : null;
}

/** Locked, date needed, or wrong date (counted); undefined when the page may show the card. */
async function checkGate(ctx: ServiceContext, { record, item, locale }: Round, given: string | undefined): Promise<LinkState | undefined> {
  if (record.failedAttempts >= MAX_LINK_ATTEMPTS) return { kind: 'locked', locale };
  if (!isOpen(record, item)) return undefined;
  const expected = expectedDateOfBirth(item);
  if (!expected) return undefined;
  if (!given) return { kind: 'needs_date', locale };
  if (normaliseDate(given) === expected) return undefined;
  const attempts = await ctx.store.approvalReach.countFailedAttempt(record.id);
  ctx.log.warn({ event: 'approval.page_wrong_date', itemId: item.id, attempts }, 'a wrong date of birth on the approval page');
  return attempts >= MAX_LINK_ATTEMPTS
    ? { kind: 'locked', locale }
    : { kind: 'wrong_date', locale, attemptsLeft: MAX_LINK_ATTEMPTS - attempts };
}

const isOpen = (record: ApprovalReach, item: OrderItem) => record.round === item.approvalRound && item.status === 'awaiting_cardholder';

/** 1990-01-01, 19900101, 1990/01/01 and 1990.01.01 are the same date. */
function normaliseDate(text: string): string {
  const digits = text.replace(/[\s./-]/g, '');
  return /^\d{8}$/.test(digits) ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : text;
}

async function openState(ctx: ServiceContext, { record, order, item, company, locale }: Round): Promise<LinkState> {
  const ports = portsOf(ctx);
  if (isOpen(record, item)) {
    return {
      kind: 'open',
      card: ports.approvals.request({ item, order, company, reminder: false }, locale),
      locale,
      asksDateOfBirth: expectedDateOfBirth(item) !== null,
    };
  }
  const outcome =
    record.round !== item.approvalRound
      ? 'replaced'
      : item.status === 'approved' || item.status === 'declined' || item.status === 'expired'
        ? item.status
        : 'cancelled';
  return { kind: 'closed', card: ports.approvals.outcome({ item, order, outcome }, locale), locale };
}
