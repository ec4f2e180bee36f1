import { orderEventsCard } from '../../cards/orderEvents';
import { cardAttachment } from '../../cards/render';
import { renderDefault, type PayloadRenderer } from '../notify/render';

/**
 * Outbox renderer: order events (`kind: 'event'`, coalesced per order and recipient) become one
 * compact card listing each event; anything else renders as before.
 */
export const renderWithEvents: PayloadRenderer = (messages) => {
  const events = messages.filter((m) => m.payload.kind === 'event');
  // Only events carry a coalescing key, so a group is either all events or one other message.
  if (events.length !== messages.length) return renderDefault(messages);
  const title = String(events[0]!.payload.title ?? '');
  const lines = events.map((m) => String(m.payload.line ?? ''));
  return { type: 'message', summary: title, attachments: [cardAttachment(orderEventsCard(title, lines))] };
};
