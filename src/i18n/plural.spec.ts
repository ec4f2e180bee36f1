import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, messageTexts, templateFor, type Message } from './define';
import { t } from './index';

type Namespace = Record<'en' | 'sv', Record<string, Message>>;

/** Every namespace file of the catalogue, also those index.ts does not list yet. */
async function catalogue(): Promise<[string, Namespace][]> {
  const dir = new URL('./catalog/', import.meta.url);
  const found: [string, Namespace][] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    found.push([file, Object.values(await import(new URL(file, dir).href))[0] as Namespace]);
  }
  return found;
}

async function everyText(): Promise<{ where: string; text: string }[]> {
  const texts: { where: string; text: string }[] = [];
  for (const [file, ns] of await catalogue())
    for (const locale of ['en', 'sv'] as const)
      for (const [key, message] of Object.entries(ns[locale]))
        for (const text of messageTexts(message)) texts.push({ where: `${file} ${locale} ${key}`, text });
  return texts;
}

describe('plural forms (Intl.PluralRules, chosen by `count`)', () => {
  const cards: Message = { one: '{count} card', other: '{count} cards' };

  it('picks one for 1 and other for 0, 2, 21 and fractions, in English and Swedish', () => {
    expect([0, 1, 2, 21, 1.5].map((count) => formatMessage('en', cards, { count }))).toEqual([
      '0 cards',
      '1 card',
      '2 cards',
      '21 cards',
      '1.5 cards',
    ]);
    const kort: Message = { one: '{count} beställning', other: '{count} beställningar' };
    expect([1, 2, 0].map((count) => formatMessage('sv', kort, { count }))).toEqual(['1 beställning', '2 beställningar', '0 beställningar']);
  });

  it('falls back to other without a usable count, and leaves plain templates alone', () => {
    expect(templateFor('en', cards, undefined)).toBe('{count} cards');
    expect(templateFor('en', cards, 'many')).toBe('{count} cards');
    expect(templateFor('en', cards, '1')).toBe('{count} card');
    expect(formatMessage('en', 'Hello {name}', { name: 'Anna', count: 1 })).toBe('Hello Anna');
  });

  it('says "1 order" and "1 beställning", not "1 orders" / "1 beställningar"', () => {
    expect(t('en', 'orders.count.all', { count: 1 })).toBe('1 order.');
    expect(t('en', 'orders.count.all', { count: 3 })).toBe('3 orders, newest first.');
    expect(t('sv', 'orders.count.all', { count: 1 })).toBe('1 beställning.');
    expect(t('sv', 'orders.count.all', { count: 3 })).toBe('3 beställningar, nyaste först.');
    expect(t('en', 'orders.cards', { count: 2 })).toBe('2 cards');
    expect(t('en', 'review.facts', { company: 'Bygg AB', orderer: 'Eva', count: 1 })).toBe('Bygg AB · ordered by Eva · 1 card');
    expect(t('sv', 'cart.blocked', { count: 1 })).toContain('förrän fotot är åtgärdat');
    expect(t('sv', 'cart.blocked', { count: 2 })).toContain('förrän deras foton är åtgärdade');
  });

  it('counts the tries on: the 4th miss is not "the third try"', () => {
    expect(t('en', 'retry.tries', { count: 3 })).toMatch(/^That was 3 tries without/);
    expect(t('en', 'retry.tries', { count: 4 })).toMatch(/^That was 4 tries without/);
    expect(t('sv', 'retry.tries', { count: 6 })).toMatch(/^Det var 6 försök utan/);
  });

  it('composes a sentence with two counts from two counted phrases', () => {
    const cart = t('en', 'rights.cart_items', { count: 1 });
    const orders = t('en', 'rights.order_items', { count: 2 });
    expect(t('en', 'rights.erased', { email: 'a@b.se', cart, orders })).toBe(
      'a@b.se’s data is erased: 1 cart item removed, 2 ended order items cleared.',
    );
    expect(t('sv', 'rights.cart_items', { count: 1 })).toBe('1 varukorgsrad borttagen');
    expect(t('sv', 'rights.order_items', { count: 3 })).toBe('3 avslutade beställningsrader rensade');
  });
});

describe('the catalogue uses the plural mechanism, never a hand-made plural', () => {
  it('has no "(s)", "(es)", "(er)", "(ar)", "(or)", "(na)" or "(n)" glued to a word', async () => {
    const handMade = (await everyText()).filter(({ text }) => /\p{L}\((?:s|es|er|ar|or|na|n|en)\)/u.test(text));
    expect(handMade.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });

  it('has no one/many key pairs: one key with { one, other } instead', async () => {
    const keys = (await catalogue()).flatMap(([file, ns]) => Object.keys(ns.en).map((key) => `${file} ${key}`));
    expect(keys.filter((key) => /\.(one|many|plural|singular)$/.test(key))).toEqual([]);
  });

  it('gives every plural message two different forms (one form for both needs no plural)', async () => {
    const plurals = (await catalogue()).flatMap(([file, ns]) =>
      (['en', 'sv'] as const).flatMap((locale) =>
        Object.entries(ns[locale])
          .filter(([, message]) => typeof message !== 'string')
          .map(([key, message]) => ({ where: `${file} ${locale} ${key}`, message: message as Exclude<Message, string> })),
      ),
    );
    expect(plurals.length).toBeGreaterThan(10);
    expect(plurals.filter(({ message }) => message.one === message.other).map(({ where }) => where)).toEqual([]);
  });
});

describe('counted lists of names', () => {
  it('name one column or sheet in the singular', () => {
    expect(t('en', 'bulk.file.unknown_column', { columns: 'shoe_size', count: 1 })).toMatch(
      /^The sheet has a column we do not recognise: shoe_size\. Remove it/,
    );
    expect(t('sv', 'bulk.file.unknown_column', { columns: 'sko', count: 2 })).toMatch(/^Bladet har kolumner vi inte/);
    expect(t('sv', 'bulk.file.other_sheets', { sheet: 'A', others: '"B"', count: 1 })).toContain('det andra synliga bladet hoppades över');
  });
});
