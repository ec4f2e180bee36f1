import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './cart.json';

export interface CartCardLine {
  itemId: string;
  name: string;
  /** Masked identity number, nationality, card type, manual-ID flag. */
  details: string;
  thumbnailUrl?: string;
  /** Soft photo findings: advice. */
  warnings: string[];
  /** Why the item cannot be checked out (no photo, refused photo). */
  blockers: string[];
  /** "SEK 199.00 per card excl. VAT"; '' when the company has no price yet. */
  price: string;
}

export interface CartCardView {
  /** The lines of the page shown. */
  lines: CartCardLine[];
  total: number;
  page: number;
  pages: number;
  /** The cart version the "empty" confirmation is bound to. */
  version: string;
  blockedCount: number;
  /** The whole cart's price ("Total for 3 cards: ..."); '' without a price. */
  totalText?: string;
  /** `confirmEmpty`: the cart asks "remove all?" instead of its usual buttons. */
  mode: 'normal' | 'confirmEmpty';
  notice?: { text: string; tone: 'good' | 'warning' | 'attention' };
}

// Warning-coloured text is hard to read on white: a warning notice is Attention (and bolder, as every notice).
const COLORS = { good: 'Good', warning: 'Attention', attention: 'Attention' } as const;

/** The cart: each cardholder with Edit / Remove, then Add another, Check out, Empty cart. */
export function cartCard(t: Translate, view: CartCardView): AdaptiveCard {
  const { total, page, pages } = view;
  const confirming = view.mode === 'confirmEmpty' && total > 0;
  const actions = confirming
    ? [
        { title: t('cart.confirm_empty.yes'), verb: 'cart.emptyConfirm', data: { version: view.version } },
        { title: t('cart.confirm_empty.no'), verb: 'cart.show', data: { page } },
      ]
    : [
        { title: t('cart.new_card'), verb: 'command.run', data: { command: 'newCard' } },
        ...(total > 0
          ? [
              { title: t('cart.checkout'), verb: 'checkout.start', data: {} },
              { title: t('cart.empty_cart'), verb: 'cart.empty', data: {} },
            ]
          : []),
      ];
  const notice = confirming ? { text: t('cart.confirm_empty', { count: total }), tone: 'attention' as const } : view.notice;
  return renderTemplate(template, {
    title: t('cart.title'),
    countText: t('cart.count', { count: total }),
    notice: notice?.text ?? '',
    noticeColor: notice ? COLORS[notice.tone] : 'Default',
    blockedText: view.blockedCount === 0 ? '' : t('cart.blocked', { count: view.blockedCount }),
    // A cardholder held back by the photo gets "Send photo": the same edit, which asks for the photo first.
    items: view.lines.map((l) => ({
      ...l,
      // The price ends the details line: a block of its own would cost every row ~100 bytes of the card's 28 KB.
      details: l.price ? `${l.details} · ${l.price}` : l.details,
      thumbnailUrl: l.thumbnailUrl ?? '',
      warnings: l.warnings.join(' '),
      blockers: l.blockers.join(' '),
      editTitle: l.blockers.length > 0 ? t('cart.item.send_photo') : t('cart.item.edit'),
    })),
    itemActions: !confirming,
    photoAlt: t('field.photo'),
    removeTitle: t('cart.item.remove'),
    page,
    pages,
    pageText: t('cart.page', { page, pages }),
    paging: [
      ...(page > 1 ? [{ title: t('cart.prev'), page: page - 1 }] : []),
      ...(page < pages ? [{ title: t('cart.next'), page: page + 1 }] : []),
    ],
    emptyText: t('cart.empty'),
    totalText: view.totalText ?? '',
    actions,
  });
}
