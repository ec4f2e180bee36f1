/**
 * What a cardholder's name may be made of beyond its shape (src/domain/person.ts): letters a card
 * can print, from one alphabet, with at most a couple of accents per letter.
 */

/** Fullwidth forms (U+FF01–FF5E, the ideographic space) typed by East Asian keyboards, folded to ASCII. */
export function foldFullwidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** More accents on one letter than any language writes (Vietnamese has two): "Zalgo" text. */
export const MAX_MARKS_PER_LETTER = 2;
export const hasMarkStack = (value: string): boolean => new RegExp(`\\p{M}{${MAX_MARKS_PER_LETTER + 1},}`, 'u').test(value);

/**
 * The alphabets the card is printed in: European ones. Names in other scripts are written as in
 * the passport's Latin (machine-readable) form. Mathematical and other styled letters are not in
 * any of these scripts, so they are refused too.
 */
const PRINTABLE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

export type NameScriptProblem = 'unprintable' | 'mixed';

/** 'unprintable' for a letter outside the printable alphabets; 'mixed' for letters from two of them (look-alikes such as a Cyrillic "а" in a Latin name). */
export function nameScriptProblem(value: string): NameScriptProblem | undefined {
  const used = new Set<number>();
  for (const char of value) {
    if (!/\p{L}/u.test(char)) continue;
    const script = PRINTABLE_SCRIPTS.findIndex((re) => re.test(char));
    if (script < 0) return 'unprintable';
    used.add(script);
  }
  return used.size > 1 ? 'mixed' : undefined;
}
