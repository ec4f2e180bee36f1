import { renderTemplate, type AdaptiveCard } from './render';
import template from './notice.json';

/**
 * A read-only card that replaces a clicked card whose moment has passed (e.g. an old checkout
 * summary: "already placed as order ..."), so its buttons cannot be clicked again.
 */
export function noticeCard(text: string, opts: { title?: string; tone?: 'good' | 'attention' | 'default' } = {}): AdaptiveCard {
  const color = { good: 'Good', attention: 'Attention', default: 'Default' }[opts.tone ?? 'default'];
  return renderTemplate(template, { title: opts.title ?? '', text, color });
}
