/**
 * The spellings a search text is looked up in. SQLite's LIKE folds only ASCII letters, so "åsa"
 * would miss "Åsa": the text is also tried capitalised per word and in capitals, which is how names
 * are written (as typed, or as in the passport).
 */
export function searchSpellings(text: string): string[] {
  const trimmed = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!trimmed) return [];
  // Both dialects fold ASCII letters themselves: one spelling is enough.
  if (/^[\x20-\x7e]*$/.test(trimmed)) return [trimmed];
  const lower = trimmed.toLocaleLowerCase('sv');
  const capitalised = lower.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase('sv'));
  return [...new Set([trimmed, lower, capitalised, trimmed.toLocaleUpperCase('sv')])];
}
