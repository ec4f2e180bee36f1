import { orderEventsCard } from '../../cards/orderEvents';
import { cardAttachment } from '../../cards/render';
import { ordersTabLink } from '../chat/ordersTabLink';
import { renderDefault, type PayloadRenderer } from '../notify/render';

/**
 * Outbox renderer: order events (`kind: 'event'`, coalesced per order and recipient) become one
 * compact card listing each event, with *Open in Orders* when the bot is a Teams app (it has an
 * app id: the deep link needs it; the Agents Playground has no tabs); anything else renders as before.
 */
export const eventRenderer = (teamsAppId?: string): PayloadRenderer => (messages) => {
  const events = messages.filter((m) => m.payload.kind === 'event');
  // Only events carry a coalescing key, so a group is either all events or one other message.
  if (events.length !== messages.length) return renderDefault(messages);
  const title = String(events[0]!.payload.title ?? '');
  const lines = events.map((m) => String(m.payload.line ?? ''));
  const { orderNumber, open } = events[0]!.payload;
  const link = teamsAppId && typeof orderNumber === 'string' && typeof open === 'string' ? { title: open, url: ordersTabLink(teamsAppId, orderNumber) } : undefined;
  return { type: 'message', summary: title, attachments: [cardAttachment(orderEventsCard(title, lines, link))] };
};
