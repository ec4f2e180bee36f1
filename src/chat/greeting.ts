/**
 * What people open a chat with, in English and Swedish. A greeting outside a dialog gets the
 * welcome card (what the bot does and how to start), never "I did not understand".
 */
const GREETINGS = new Set([
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'good morning',
  'good afternoon',
  'good evening',
  'hej',
  'hejsan',
  'hej hej',
  'hallå',
  'tja',
  'tjena',
  'tjenare',
  'god morgon',
  'god dag',
  'goddag',
  'god eftermiddag',
  'god kväll',
]);

/** Words that may follow a greeting ("hi there", "hej boten") without making it something else. */
const TRAILERS = new Set(['there', 'all', 'everyone', 'bot', 'id06', 'alla', 'boten', 'på dig', 'du']);

export function isGreeting(text: string): boolean {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[!.?,;:)(\p{Extended_Pictographic}\u{FE0F}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (GREETINGS.has(words)) return true;
  for (const trailer of TRAILERS) if (words.endsWith(` ${trailer}`) && GREETINGS.has(words.slice(0, -trailer.length - 1))) return true;
  return false;
}
