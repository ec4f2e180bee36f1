import type { OrderListing } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';

export const ORDERS_SHOWN = 20;

/** The actor's own orders in their company, newest first (the latest 20, with the total). */
export async function listOrders({ ctx, actor }: { ctx: ServiceContext; actor: Actor }): Promise<{ total: number; orders: OrderListing[] }> {
  const owner = await resolveOrderer({ ctx, actor });
  return ctx.store.orders.listFor(owner, ORDERS_SHOWN);
}
