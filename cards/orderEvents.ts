import { renderTemplate, type AdaptiveCard } from './render';
import template from './orderEvents.json';

/**
 * One compact card for one or more events of one order (coalesced per recipient); with `open`,
 * an *Open in Orders* button (a Teams deep link to the order in the Orders tab).
 */
export function orderEventsCard(title: string, lines: string[], open?: { title: string; url: string }): AdaptiveCard {
  const card = renderTemplate(template, { title, lines: lines.map((l) => `• ${l}`) });
  return open ? { ...card, actions: [{ type: 'Action.OpenUrl', title: open.title, url: open.url }] } : card;
}
