import { renderTemplate, type AdaptiveCard } from './render';
import template from './orderEvents.json';

/** One compact card for one or more events of one order (coalesced per recipient). */
export function orderEventsCard(title: string, lines: string[]): AdaptiveCard {
  return renderTemplate(template, { title, lines: lines.map((l) => `• ${l}`) });
}
