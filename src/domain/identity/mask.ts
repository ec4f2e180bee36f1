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
