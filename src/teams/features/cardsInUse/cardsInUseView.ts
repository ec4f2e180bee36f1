import { cardsInUseCard, type CardsInUseLine } from '../../../../cards/cardsInUse';
import type { AdaptiveCard } from '../../../../cards/render';
import { maskIdentity, type IdentityScheme } from '../../../domain/identity';
import type { MessageKey, Translate } from '../../../i18n';
import { escapeMarkdown } from '../../../i18n/markdown';
import type { CardLine, CardsInUseView } from '../../../services/cards/listCardsInUse';
import { fullName } from '../../../chat/cardholderText';

const day = (d: Date) => d.toISOString().slice(0, 10);
const COLOR: Record<string, CardsInUseLine['stateColor']> = { card_active: 'Good', card_blocked: 'Attention', card_lapsed: 'Attention' };

function line(t: Translate, { card, noLongerValid, renewal, can }: CardLine): CardsInUseLine {
  const state = t(`item.status.${card.status}` as MessageKey);
  const validity = card.validUntil ? t(noLongerValid ? 'cards.no_longer_valid' : 'cards.valid_until', { date: day(card.validUntil) }) : '';
  const where = renewal ? [...(renewal.inCart ? [t('cards.in_cart')] : []), ...renewal.orderNumbers].join(', ') : '';
  return {
    itemId: card.id,
    name: escapeMarkdown(fullName(card)),
    details: t('cards.line', {
      identity: maskIdentity(card.identityNumber, card.identityScheme as IdentityScheme),
      number: card.order.number,
    }),
    state: validity ? `${state} · ${validity}` : state,
    stateColor: noLongerValid ? 'Attention' : (COLOR[card.status] ?? 'Default'),
    note: renewal ? t('cards.renewal_ordered', { where }) : '',
    ...can,
  };
}

/** The `cards in use` card (the caller handles `none`). */
export function renderCardsInUse(t: Translate, view: Extract<CardsInUseView, { kind: 'list' }>): AdaptiveCard {
  const query = escapeMarkdown(view.query);
  const countText =
    view.total === 0
      ? t(view.query ? 'cards.none_query' : 'cards.none', { query })
      : t(view.query ? 'cards.count_query' : 'cards.count', { shown: view.lines.length, count: view.total, query });
  return cardsInUseCard(t, {
    title: t('cards.title', { company: escapeMarkdown(view.company.name) }),
    countText,
    query: view.query,
    lines: view.lines.map((l) => line(t, l)),
  });
}
