import { cardNoticeCard } from '../../../../cards/cardsInUse';
import { cardAttachment } from '../../../../cards/render';
import type { MessageKey } from '../../../i18n';
import { escapeMarkdown } from '../../../i18n/markdown';
import { listCardsInUse } from '../../../services/cards/listCardsInUse';
import { renewCard, type RenewResult } from '../../../services/cards/renewCard';
import { lostOrStolen, stopCard } from '../../../services/cards/stopCard';
import { cardToManage, nameOf } from '../../../services/cards/cardScope';
import type { InvokeReply } from '../../../chat/invokeReply';
import type { Route, RouteScope } from '../../routes';
import { clicked, type RouteDeps } from '../../routeDeps';
import { renderCardsInUse } from './cardsInUseView';

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * `cards in use` / `kort i bruk` (a command of its own, apart from `cart` and `new card`): the
 * company's delivered cards, searchable by name, with Report lost or stolen, End card (asked once),
 * Renew and Order a replacement. Every click goes through a service that checks who may and the
 * card's state again, so an old or forged card changes nothing it should not.
 */
export function cardsInUseRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  const list = async (scope: RouteScope, query: string | undefined): Promise<InvokeReply> => {
    const view = await listCardsInUse({ ctx, actor: scope.actor, input: { query } });
    return view.kind === 'none' ? { message: scope.t('cards.not_orderer') } : { card: renderCardsInUse(scope.t, view) };
  };
  const show: Route = {
    name: 'cardsInUse',
    command: { en: 'cards in use', key: 'command.cards_in_use' },
    help: 'help.cards_in_use',
    async handle(scope) {
      const reply = await list(scope, undefined);
      await scope.context.sendActivity('card' in reply ? { attachments: [cardAttachment(reply.card)] } : reply.message);
    },
  };
  const search: Route<'cards.search'> = {
    name: 'cards.search',
    verbs: ['cards.search'],
    handle: async (scope, action) => list(scope, clicked(action).data.query),
  };
  const block: Route<'cards.block'> = {
    name: 'cards.block',
    verbs: ['cards.block'],
    async handle(scope, action) {
      const { itemId } = clicked(action).data;
      const result = await stopCard({ ctx, actor: scope.actor, input: { itemId, how: 'block', reason: lostOrStolen(scope.locale) } });
      if (result.kind !== 'applied')
        return { message: scope.t(result.kind === 'refused' && result.code === 'not_active' ? 'cards.not_active' : 'cards.already') };
      return {
        card: cardNoticeCard(scope.t, {
          itemId,
          text: scope.t('cards.blocked', { name: escapeMarkdown(result.name) }),
          tone: 'attention',
          offer: 'replace',
        }),
      };
    },
  };
  const end: Route<'cards.end'> = {
    name: 'cards.end',
    verbs: ['cards.end'],
    async handle(scope, action) {
      const { itemId, confirm, endReason } = clicked(action).data;
      if (!confirm) {
        // Asked once: ending is for good. Only who may end the card is asked (the question names the cardholder).
        const card = await cardToManage({ ctx, actor: scope.actor }, itemId);
        return {
          card: cardNoticeCard(scope.t, {
            itemId,
            text: scope.t('cards.end_confirm', { name: escapeMarkdown(nameOf(card)) }),
            confirmEnd: true,
          }),
        };
      }
      const reason = endReason?.trim() || undefined;
      const result = await stopCard({ ctx, actor: scope.actor, input: { itemId, how: 'end', ...(reason ? { reason } : {}) } });
      if (result.kind !== 'applied') return { message: scope.t('cards.already') };
      return {
        card: cardNoticeCard(scope.t, {
          itemId,
          text: scope.t('cards.ended_offer', { name: escapeMarkdown(result.name) }),
          offer: 'replace',
        }),
      };
    },
  };
  const keep: Route<'cards.keep'> = {
    name: 'cards.keep',
    verbs: ['cards.keep'],
    handle: async (scope) => ({ card: cardNoticeCard(scope.t, { itemId: '-', text: scope.t('cards.kept') }) }),
  };
  const renew: Route<'cards.renew'> = {
    name: 'cards.renew',
    verbs: ['cards.renew'],
    async handle(scope, action) {
      const result = await renewCard({ ctx, actor: scope.actor, input: clicked(action).data });
      return { message: renewText(scope, result, clicked(action).data.why) };
    },
  };
  return [show, search, block, end, keep, renew];
}

function renewText(scope: RouteScope, result: RenewResult, why: 'renew' | 'replace'): string {
  const { t } = scope;
  const name = 'name' in result ? escapeMarkdown(result.name) : '';
  switch (result.kind) {
    case 'added':
      return t('cards.renew_added', { name, what: t(why === 'renew' ? 'cards.what_renewal' : 'cards.what_replacement') });
    case 'in_cart':
      return t('cards.renew_in_cart', { name });
    case 'ordered':
      return t('cards.renew_ordered', { name, orders: result.orderNumbers.join(', ') });
    case 'not_yet':
      return t('cards.renew_not_yet', { name, date: day(result.validUntil), from: day(result.from) });
    case 'not_possible':
      return t('cards.renew_not_possible', { state: t(`item.status.${result.state}` as MessageKey) });
    case 'erased':
      return t('cards.renew_erased');
    case 'not_orderer':
      return t('cards.renew_not_orderer');
  }
}
