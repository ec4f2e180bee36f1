import { renderTemplate, type AdaptiveCard } from './render';
import template from './orderEvents.json';
import { openOrderAction } from './notice';

/**
 * One compact card for one or more events of one order (coalesced per recipient). `show`: an
 * *Open order* button (the order's card in this chat); `open`: *Open in Orders* (a Teams deep
 * link to the order in the Orders tab, only where the bot is a Teams app).
 */
export function orderEventsCard(
  title: string,
  lines: string[],
  open?: { title: string; url: string },
  show?: { title: string; number: string },
): AdaptiveCard {
  const card = renderTemplate(template, { title, lines: lines.map((l) => `• ${l}`) });
  const actions = [
    ...(show ? [openOrderAction(show.title, show.number)] : []),
    ...(open ? [{ type: 'Action.OpenUrl', title: open.title, url: open.url }] : []),
  ];
  return actions.length ? { ...card, actions } : card;
}
