import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import type { CartItem } from '../../store/ports';

export async function listCart({ ctx, actor }: { ctx: ServiceContext; actor: Actor }): Promise<CartItem[]> {
  const owner = await resolveOrderer({ ctx, actor });
  return ctx.store.cart.list(owner);
}
