import type { MessageParams, Translate } from './index';

/**
 * Teams renders Markdown in message text and in Adaptive Card text blocks and fact values: a file
 * called `**urgent**.xlsx` would show in bold, a reason `[Open](https://…)` as a link that looks
 * like ours. What people typed or named is shown as typed: every character that starts Markdown
 * (emphasis, strike-through, code, links, headings, block quotes, list markers at a line's start)
 * gets a backslash. The catalogue's own Markdown (`**first name**`) is untouched, because only the
 * values are escaped, never the sentence around them.
 *
 * Only for what goes to Teams (cards, chat messages, notifications): the tab shows text as React
 * text, where a backslash would be visible.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_~[\]<>]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s)/gm, '$1\\$2');
}

/** The same parameters with every string value escaped (numbers cannot start Markdown). */
export function escapedParams(params: MessageParams): MessageParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? escapeMarkdown(value) : value]),
  );
}

/**
 * A translator for cards and chat messages whose parameters are user text (reasons, file names,
 * e-mail addresses, history lines): the values are escaped, the catalogue's sentence is not.
 */
export function markdownSafe(t: Translate): Translate {
  return (key, params) => t(key, params && escapedParams(params));
}
