import { z } from 'zod';
import { ITEM_RULES } from '../../domain/lifecycle';
import { inRenewalWindow, pastValidity } from '../../domain/lifecycle/validity';
import { can, orderListScope } from '../../domain/roles';
import type { CardInUse, Company, Replacement } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { parseInput } from '../parseInput';
import { loadActorRoles } from '../roles/actorRoles';
import { searchSpellings } from '../tab/searchText';
import { cardPortsOf } from './cardScope';

export const CARDS_SHOWN = 20;
export const listCardsInput = z.object({ query: z.string().max(100).optional() });

/** One card as `cards in use` shows it, with what this person may do with it now. */
export interface CardLine {
  card: CardInUse;
  /** Past its valid-until date (lapsed, or due to lapse at the next tick). */
  noLongerValid: boolean;
  renewal: Replacement | null;
  can: { block: boolean; end: boolean; renew: boolean; replace: boolean };
}

export type CardsInUseView = { kind: 'none' } | { kind: 'list'; company: Company; query: string; total: number; lines: CardLine[] };

/**
 * `cards in use`: the delivered cards of the person's company that are not ended or replaced,
 * searchable by name. Admins and managers see the company's cards (managers without buttons),
 * orderers the cards they ordered. The buttons follow the item machine and the renewal window.
 */
export async function listCardsInUse({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: unknown;
}): Promise<CardsInUseView> {
  const { query = '' } = parseInput(listCardsInput, input);
  const roles = await loadActorRoles({ ctx, actor });
  const companyId = roles.companies.map((c) => c.companyId).find((id) => orderListScope(roles, id) !== null);
  if (!companyId) return { kind: 'none' };
  const company = await ctx.store.companies.get(companyId);
  if (!company) return { kind: 'none' };
  const scope = orderListScope(roles, companyId);
  const text = searchSpellings(query);
  const { total, cards } = await ctx.store.cardsInUse.search({
    companyId,
    ...(scope === 'own' ? { ordererId: actor.personId } : {}),
    ...(text.length ? { text } : {}),
    limit: CARDS_SHOWN,
  });
  const renewals = await ctx.store.cardsInUse.replacements(cards.map((c) => c.id));
  const now = ctx.now();
  const { renewalWindowDays } = cardPortsOf(ctx).timing;
  const lines = cards.map((card): CardLine => {
    const manages = can(roles, 'card.manage', {
      type: 'item',
      companyId,
      ordererId: card.order.ordererId,
      cardholderPersonId: card.cardholderPersonId,
    });
    const renewal = renewals.get(card.id) ?? null;
    const free = manages && !renewal;
    const noLongerValid = card.status === 'card_lapsed' || pastValidity(card.validUntil, now);
    return {
      card,
      noLongerValid,
      renewal,
      can: {
        block: manages && ITEM_RULES.block.from.includes(card.status),
        end: manages && ITEM_RULES.end.from.includes(card.status),
        renew:
          free &&
          (card.status === 'card_lapsed' || (card.status === 'card_active' && inRenewalWindow(card.validUntil, now, renewalWindowDays))),
        replace: free && card.status === 'card_blocked',
      },
    };
  });
  return { kind: 'list', company, query: query.trim(), total, lines };
}
