/**
 * A namespace of the message catalogue: English is the source, Swedish must have every key.
 * Templates use `{name}` placeholders, filled by `t()`.
 */
export function defineMessages<K extends string>(
  en: Record<K, string>,
  sv: Record<K, string>,
): { en: Record<K, string>; sv: Record<K, string> } {
  return { en, sv };
}
