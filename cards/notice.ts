import { renderTemplate, type AdaptiveCard } from './render';
import template from './notice.json';

/** *Open order*: the order's own card as a new message in this chat (the clicked card stays). */
export const openOrderAction = (title: string, number: string) => ({ type: 'Action.Execute', title, verb: 'order.show', data: { number } });

/**
 * A read-only card that replaces a clicked card whose moment has passed (e.g. an old checkout
 * summary: "already placed as order ..."), so its buttons cannot be clicked again. `open`: the
 * notice is about an order, and *Open order* shows it.
 */
export function noticeCard(
  text: string,
  opts: { title?: string; tone?: 'good' | 'attention' | 'default'; open?: { title: string; number: string } } = {},
): AdaptiveCard {
  const color = { good: 'Good', attention: 'Attention', default: 'Default' }[opts.tone ?? 'default'];
  const card = renderTemplate(template, { title: opts.title ?? '', text, color });
  return opts.open ? { ...card, actions: [openOrderAction(opts.open.title, opts.open.number)] } : card;
}
