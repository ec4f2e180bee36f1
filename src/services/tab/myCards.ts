import type { Company, Order, OrderItem } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';

export const MY_CARDS_SHOWN = 100;

/** "My cards": the cards the actor is the bound cardholder of, newest order first, with each order's company. */
export async function listMyCards({
  ctx,
  actor,
}: {
  ctx: ServiceContext;
  actor: Actor;
}): Promise<{ order: Order; item: OrderItem; company: Company | undefined }[]> {
  const cards = await ctx.store.orderBrowse.cardsOf(actor.personId, MY_CARDS_SHOWN);
  const companies = new Map<string, Company | undefined>();
  for (const id of new Set(cards.map((c) => c.order.companyId))) companies.set(id, await ctx.store.companies.get(id));
  return cards.map((c) => ({ ...c, company: companies.get(c.order.companyId) }));
}
