import type { OutboxMessage, OutboxPayload } from '../../store/ports';
import { loadReview } from './loadReview';
import { localeOfRecipient } from './shared';
import type { ServiceContext } from '../context';
import { ordererNotice } from './ordererNotice';
import type { TrackedPayload } from './ports';

const trackOf = (m: OutboxMessage) => (m.payload as TrackedPayload).track;

/** Outbox `onSent`: remember where review and approval cards landed, so decisions can replace them for everyone. */
export async function rememberPostedCards(
  ctx: ServiceContext,
  messages: OutboxMessage[],
  delivery: { activityId: string; conversationId: string },
): Promise<void> {
  for (const message of messages) {
    const track = trackOf(message);
    if (!track || message.replacesActivityId || message.recipient.kind === 'service') continue;
    await ctx.store.lifecycle.recordPost({
      key: message.idempotencyKey,
      purpose: track.purpose,
      subjectId: track.subjectId,
      recipientKind: message.recipient.kind,
      recipientId: message.recipient.id,
      tenantId: message.tenantId,
      activityId: delivery.activityId,
      conversationId: delivery.conversationId,
      createdAt: ctx.now(),
    });
    await replaceIfDecided(ctx, message, track, delivery.activityId);
  }
}

/**
 * A card can go out after its subject was decided (the worker was throttled, or down, when the
 * decision came): the decision's replacement found no post then, so replace this one now.
 */
async function replaceIfDecided(
  ctx: ServiceContext,
  message: OutboxMessage,
  track: NonNullable<TrackedPayload['track']>,
  activityId: string,
): Promise<void> {
  if (!ctx.lifecycle) return;
  const { issuer, approvals } = ctx.lifecycle;
  const recipient = message.recipient;
  const locale = await localeOfRecipient(ctx, recipient);
  let payload: OutboxPayload | undefined;
  if (track.purpose === 'review') {
    const order = await ctx.store.orders.get(track.subjectId);
    if (!order || order.status === 'submitted' || order.status === 'in_review') return;
    const outcome =
      order.status === 'approved' ? ({ kind: 'approved' } as const) : ({ kind: 'rejected', reason: order.reason ?? '' } as const);
    payload = issuer.reviewCard(await loadReview(ctx, order), outcome, locale);
  } else {
    const found = await ctx.store.lifecycle.item(track.subjectId);
    const round = Number(message.eventId.split(':')[2]);
    if (!found || (found.status === 'awaiting_cardholder' && found.approvalRound === round)) return;
    const { order, ...item } = found;
    const outcome =
      found.approvalRound !== round
        ? 'replaced'
        : found.status === 'approved' || found.status === 'declined' || found.status === 'expired'
          ? found.status
          : 'cancelled';
    payload = approvals.outcome({ item, order, outcome }, locale);
  }
  await ctx.store.outbox.enqueue([
    { eventId: `late:${message.idempotencyKey}`, recipient, tenantId: message.tenantId, payload, replacesActivityId: activityId },
  ]);
  ctx.log.info(
    { event: 'card.replaced_late', purpose: track.purpose, subjectId: track.subjectId },
    'a card sent after its decision was replaced',
  );
}

/**
 * Outbox `onUnreachable`: an approval card could not reach its cardholder (403/404, no chat). The
 * item waits; the orderer is told why and what they can do. The card is sent again the moment the
 * cardholder writes to the bot (the outbox revives it).
 */
export async function approvalUnreachable(ctx: ServiceContext, messages: OutboxMessage[]): Promise<void> {
  for (const message of messages) {
    const track = trackOf(message);
    if (track?.purpose !== 'approval' || message.replacesActivityId) continue;
    const found = await ctx.store.lifecycle.item(track.subjectId);
    if (!found || found.status !== 'awaiting_cardholder') continue;
    const { order, ...item } = found;
    await ctx.store.outbox.enqueue([await ordererNotice(ctx, order, item, 'unreachable')]);
    ctx.log.info({ event: 'approval.unreachable', itemId: item.id, orderId: order.id }, 'orderer told the cardholder is unreachable');
  }
}
