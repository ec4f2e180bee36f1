/**
 * The forms of a message that counts something, chosen by its `count` parameter with `Intl.PluralRules`
 * (English and Swedish have `one` and `other`; `other` is the fallback for any category the language adds).
 * This is the catalogue's only plural mechanism: no "card(s)", no `count === 1 ? a : b` at call sites.
 */
export interface Plural {
  one: string;
  other: string;
}

/** A catalogue value: a template with `{name}` placeholders, or the plural forms of one. */
export type Message = string | Plural;

/**
 * A namespace of the message catalogue: English is the source, Swedish must have every key.
 * Templates use `{name}` placeholders, filled by `formatMessage()`.
 */
export function defineMessages<K extends string>(
  en: Record<K, Message>,
  sv: Record<K, Message>,
): { en: Record<K, Message>; sv: Record<K, Message> } {
  return { en, sv };
}

/** Every text a message can show, for specs that read the catalogue (placeholders, words, examples). */
export function messageTexts(message: Message): string[] {
  return typeof message === 'string' ? [message] : [message.one, message.other];
}

/** The `{name}` placeholders a message uses in any of its forms, sorted (catalogue specs compare languages with it). */
export const placeholdersOf = (message: Message): string[] =>
  [
    ...new Set(
      [
        ...messageTexts(message)
          .join(' ')
          .matchAll(/\{(\w+)\}/g),
      ].map((m) => m[1]!),
    ),
  ].sort();

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(language: string): Intl.PluralRules {
  let found = rules.get(language);
  if (!found) {
    found = new Intl.PluralRules(language);
    rules.set(language, found);
  }
  return found;
}

/** The template of `message` for `count` in `language` ('en', 'sv'): the plural form its rules pick. */
export function templateFor(language: string, message: Message, count: unknown): string {
  if (typeof message === 'string') return message;
  const n = typeof count === 'number' ? count : Number(count);
  if (!Number.isFinite(n)) return message.other;
  const category = pluralRules(language).select(n);
  return category === 'one' ? message.one : message.other;
}

/** Fill `{name}` placeholders; `each` may rewrite a value (the bot shortens echoes of what the user typed). */
export function formatMessage(
  language: string,
  message: Message,
  params: Record<string, string | number>,
  each: (name: string, value: string) => string = (_name, value) => value,
): string {
  return templateFor(language, message, params.count).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? each(name, String(params[name])) : whole,
  );
}
