import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownSafe } from './markdown';
import { translator } from './index';

/** CommonMark's rule: a backslash before ASCII punctuation shows that character. */
const shown = (escaped: string) => escaped.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('escapeMarkdown', () => {
  it.each([
    ['**bold**', '\\*\\*bold\\*\\*'],
    ['first_last@contoso.example', 'first\\_last@contoso.example'],
    ['[Open](https://evil.example)', '\\[Open\\](https://evil.example)'],
    ['~~gone~~ `code`', '\\~\\~gone\\~\\~ \\`code\\`'],
    ['# Heading', '\\# Heading'],
    ['- one\n+ two\n1. three\n2) four', '\\- one\n\\+ two\n1\\. three\n2\\) four'],
    ['> quoted <b>', '\\> quoted \\<b\\>'],
    ['C:\\temp', 'C:\\\\temp'],
    ['Anna-Lena Öberg, 3 cards. Order 2-3', 'Anna-Lena Öberg, 3 cards. Order 2-3'],
  ])('%j is shown as written', (raw, escaped) => {
    expect(escapeMarkdown(raw)).toBe(escaped);
    expect(shown(escapeMarkdown(raw))).toBe(raw);
  });

  it("escapes the values only: the catalogue's own Markdown stays", () => {
    const t = markdownSafe(translator('en'));
    expect(t('ask.firstName')).toContain('**first name**');
    expect(t('audit.item.decline', { name: 'Bo_Ek', reason: '**no**' })).toBe('Bo\\_Ek said something is wrong: \\*\\*no\\*\\*');
    expect(t('order.title', { number: 3 })).toBe(translator('en')('order.title', { number: 3 }));
  });
});
