import type { Choice } from '../../cards/question';

/**
 * A typed answer to a button question: the button's number ("2"), its value or title (any case),
 * or the start of exactly one title ("express" for "Express pick-up").
 */
export function pickChoice(text: string, choices: Choice[]): Choice | undefined {
  const folded = text.trim().toLowerCase().replace(/[.!]$/, '');
  if (!folded) return undefined;
  if (/^\d{1,2}$/.test(folded)) return choices[Number(folded) - 1];
  const exact = choices.find((c) => c.value.toLowerCase() === folded || c.title.toLowerCase() === folded);
  if (exact) return exact;
  const starts = choices.filter((c) => c.title.toLowerCase().startsWith(folded));
  return starts.length === 1 ? starts[0] : undefined;
}

const NONE_WORDS = ['none', 'no', 'nothing', 'skip', '-', 'nej', 'ingen', 'inget', 'hoppa över'];

/** "No c/o", "no expense code" typed in either language. */
export function meansNone(text: string, noneTitle: string): boolean {
  const folded = text.trim().toLowerCase().replace(/[.!]$/, '');
  return NONE_WORDS.includes(folded) || folded === noneTitle.toLowerCase();
}

const ACCEPT_WORDS = ['accept', 'i accept', 'accepted', 'yes', 'ok', 'godkänn', 'godkänner', 'jag godkänner', 'ja'];

export function meansAccept(text: string, acceptTitle: string): boolean {
  const folded = text.trim().toLowerCase().replace(/[.!]$/, '');
  return ACCEPT_WORDS.includes(folded) || folded === acceptTitle.toLowerCase();
}
