import { orderEventsCard } from '../../../../cards/orderEvents';
import { cardAttachment } from '../../../../cards/render';
import { renderDefault, type PayloadRenderer } from '../../../notify/render';

/**
 * Outbox renderer: order events (`kind: 'event'`, coalesced per order and recipient) become one
 * compact card listing each event, with *Open order* (the order's card, in the chat) and *Open in
 * Orders* when given the deep link to the Orders tab (only a Teams app has one); anything else
 * renders as before.
 */
export const eventRenderer =
  (ordersLink?: (orderNumber: string) => string): PayloadRenderer =>
  (messages) => {
    const events = messages.filter((m) => m.payload.kind === 'event');
    // Only events carry a coalescing key, so a group is either all events or one other message.
    if (events.length !== messages.length) return renderDefault(messages);
    const title = String(events[0]!.payload.title ?? '');
    const lines = events.map((m) => String(m.payload.line ?? ''));
    const { orderNumber, open, show } = events[0]!.payload;
    const number = typeof orderNumber === 'string' ? orderNumber : undefined;
    const link = ordersLink && number && typeof open === 'string' ? { title: open, url: ordersLink(number) } : undefined;
    // Events queued before the button existed carry no title for it in the recipient's language: none then.
    const button = number && typeof show === 'string' ? { title: show, number } : undefined;
    return { type: 'message', summary: title, attachments: [cardAttachment(orderEventsCard(title, lines, link, button))] };
  };
