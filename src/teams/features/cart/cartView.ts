import { cartCard, type CartCardLine, type CartCardView } from '../../../../cards/cart';
import type { AdaptiveCard } from '../../../../cards/render';
import type { Locale, Translate } from '../../../i18n';
import type { CartLine, CartView } from '../../../services/cart/viewCart';
import { cardholderDetails, findingTexts, fullName, photoBlockerText } from '../../../chat/cardholderText';
import { cartTotalText, pricePerCardText } from '../../../chat/priceText';

export const CART_PAGE_MAX_ITEMS = 25;
/**
 * Bytes a page's items may take: Teams refuses cards much over 28 KB; the header, buttons
 * and notices take the rest. Long photo advice on every item makes pages shorter, never the
 * card too big.
 */
const ITEMS_BUDGET = 26 * 1024;
/** The JSON around one item's texts (columns, image, Edit/Remove with the item id), measured. */
const ITEM_OVERHEAD = 760;

export interface CartCardEnv {
  t: Translate;
  locale: Locale;
  thumbnailUrl(photoId: string): string | undefined;
}

export interface CartCardOptions {
  page?: number;
  mode?: CartCardView['mode'];
  notice?: CartCardView['notice'];
}

function cardLine({ item, photo, findings }: CartLine, env: CartCardEnv, price: string): CartCardLine {
  const { t, locale } = env;
  const url = photo.kind === 'ok' && item.photoId ? env.thumbnailUrl(item.photoId) : undefined;
  return {
    itemId: item.id,
    name: fullName(item),
    details: cardholderDetails(item, t, locale),
    ...(url ? { thumbnailUrl: url } : {}),
    warnings: photo.kind === 'ok' ? findingTexts(findings, t) : [],
    blockers: photoBlockerText(photo, t),
    price,
  };
}

const cost = (line: CartCardLine) =>
  ITEM_OVERHEAD +
  Buffer.byteLength([line.name, line.details, line.thumbnailUrl ?? '', line.price, ...line.warnings, ...line.blockers].join(''), 'utf8');

/** Start index of each page: greedy, so the same cart always pages the same way. */
export function pageStarts(lines: CartCardLine[]): number[] {
  const starts = [0];
  let used = 0;
  let count = 0;
  lines.forEach((line, i) => {
    const c = cost(line);
    if (count > 0 && (count >= CART_PAGE_MAX_ITEMS || used + c > ITEMS_BUDGET)) {
      starts.push(i);
      used = 0;
      count = 0;
    }
    used += c;
    count += 1;
  });
  return starts;
}

/** The cart card for a cart view: one page of items, photos through signed thumbnail URLs only. */
export function renderCartCard(view: CartView, env: CartCardEnv, opts: CartCardOptions = {}): AdaptiveCard {
  const { pricing } = view;
  const price = pricing ? pricePerCardText(env.t, env.locale, pricing) : '';
  const lines = view.lines.map((l) => cardLine(l, env, price));
  const starts = pageStarts(lines);
  const pages = starts.length;
  const page = Math.min(Math.max(1, Math.trunc(opts.page ?? 1)), pages);
  return cartCard(env.t, {
    lines: lines.slice(starts[page - 1], starts[page] ?? lines.length),
    total: lines.length,
    page,
    pages,
    version: view.version,
    blockedCount: view.blocked.length,
    totalText: pricing && lines.length > 0 ? cartTotalText(env.t, env.locale, pricing, lines.length) : '',
    mode: opts.mode ?? 'normal',
    ...(opts.notice ? { notice: opts.notice } : {}),
  });
}
