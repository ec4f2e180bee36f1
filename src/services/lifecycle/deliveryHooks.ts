import type { OutboxMessage } from '../../store/ports';
import type { ServiceContext } from '../context';
import { ordererNotice } from './ordererNotice';
import type { TrackedPayload } from './ports';

const trackOf = (m: OutboxMessage) => (m.payload as TrackedPayload).track;

/** Outbox `onSent`: remember where review and approval cards landed, so decisions can replace them for everyone. */
export async function rememberPostedCards(ctx: ServiceContext, messages: OutboxMessage[], delivery: { activityId: string; conversationId: string }): Promise<void> {
  for (const message of messages) {
    const track = trackOf(message);
    if (!track || message.replacesActivityId) continue;
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
  }
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
