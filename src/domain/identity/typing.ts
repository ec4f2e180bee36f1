// What people paste from PDFs, Word files and web pages: typographic dashes and slashes in
// place of the ASCII separators, no-break and thin spaces, and invisible characters. NFKC first
// turns full-width forms and no-break spaces into their plain equivalents.
const DASHES = /[\u2010-\u2015\u2043\u2212\uFE58]/g; // hyphen .. horizontal bar, hyphen bullet, minus sign, small em dash
const SLASHES = /[\u2044\u2215\u29F8]/g; // fraction slash, division slash, big solidus
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g; // soft hyphen, zero-width space and joiners, word joiner, BOM

/**
 * The number as typed, with look-alike separators made ASCII, invisible characters removed and
 * spaces collapsed: what checks read and what refusals echo. A separator keeps its place: which
 * places a nationality allows is its own checker's rule (a Swedish '-' or '+' is never moved).
 */
export function cleanTyping(input: string): string {
  return input.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(SLASHES, '/').replace(/\s+/g, ' ').trim();
}

/** Spaces are allowed anywhere in every national form. */
export const withoutSpaces = (text: string): string => text.replace(/\s+/g, '');
