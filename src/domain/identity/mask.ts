import { isNewLatvianCode } from './lv-new-form';
import type { IdentityScheme } from './types';

const hide = (text: string): string => text.replace(/./g, '*');

/** Keep the first `visible` characters, hide the rest, optionally split by a separator. */
function keep(normalized: string, visible: number, separator = ''): string {
  return normalized.slice(0, visible) + separator + hide(normalized.slice(visible));
}

/**
 * The form shown everywhere except the cardholder's own approval card: the date part stays
 * (it is printed on the card anyway), the individual part becomes '*'. Document numbers keep
 * only their first two characters.
 */
export function maskIdentity(normalized: string, scheme: IdentityScheme): string {
  // Already masked: retention or an erasure request kept only this form.
  if (normalized.includes('*')) return normalized;
  switch (scheme) {
    case 'se-personnummer':
    case 'se-samordningsnummer':
      return keep(normalized, 8, '-');
    case 'no-fodselsnummer':
    case 'no-d-number':
      return keep(normalized, 6, ' ');
    case 'dk-cpr':
      return keep(normalized, 6, '-');
    case 'fi-hetu':
    case 'ee-isikukood':
    case 'ro-cnp':
      return keep(normalized, 7);
    case 'lt-asmens-kodas':
      return keep(normalized, normalized.startsWith('9') ? 1 : 7);
    case 'lv-personas-kods':
      // New codes (32... to 39...) carry no date: only the prefix says which kind it is.
      return isNewLatvianCode(normalized) ? `${keep(normalized.slice(0, 6), 2)}-${hide(normalized.slice(6))}` : keep(normalized, 6, '-');
    case 'cz-rodne-cislo':
    case 'sk-rodne-cislo':
      return keep(normalized, 6, '/');
    case 'pl-pesel':
    case 'bg-egn':
      return keep(normalized, 6);
    case 'document-number':
      return keep(normalized, 2);
  }
}

/**
 * An identity number as someone typed it, before (or without) a successful check, e.g. in an
 * import row with a typo: a number that starts like a date keeps that part (at most 8 digits,
 * never the last 4), anything else only its first 2 characters; separators stay where they are.
 */
export function maskTypedIdentity(typed: string): string {
  const alnum = typed.replace(/[^0-9A-Za-z]/g, '');
  const visible = /^\d{6}/.test(alnum) ? Math.max(0, Math.min(8, alnum.length - 4)) : Math.min(2, Math.max(0, alnum.length - 1));
  let seen = 0;
  return [...typed].map((ch) => (/[0-9A-Za-z]/.test(ch) ? (seen++ < visible ? ch : '*') : ch)).join('');
}
