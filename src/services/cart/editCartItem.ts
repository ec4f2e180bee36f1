import { z } from 'zod';
import { photoState } from '../../domain/checkout/photoBlockers';
import type { PhotoFindingRecord } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import { cardholderInput, type CardholderInput } from './addToCart';
import type { CartLine } from './viewCart';
import { parseInput } from '../parseInput';

/** Item ids may come from card data: both verbs only see the actor's own cart. */
const itemRef = z.object({ itemId: z.string().min(1).max(64) });

/** One item of the actor's cart with its photo state, to edit it. */
export async function getCartLine({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: { itemId: string };
}): Promise<CartLine | undefined> {
  const { itemId } = parseInput(itemRef, input);
  const owner = await resolveOrderer({ ctx, actor });
  const item = await ctx.store.cart.get(owner, itemId);
  if (!item) return undefined;
  const stored = item.photoId ? await ctx.store.photos.findingsOf([item.photoId]) : new Map<string, PhotoFindingRecord[]>();
  const photo = photoState({
    photoId: item.photoId,
    photoFailure: item.photoFailure,
    photoStored: !!item.photoId && stored.has(item.photoId),
  });
  return { item, photo, findings: (item.photoId && stored.get(item.photoId)) || [] };
}

/** Saves an edited cardholder over the item (same place in the cart); false when it is gone. */
export async function replaceCartItem({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: { itemId: string; cardholder: CardholderInput };
}): Promise<{ replaced: boolean }> {
  const { itemId } = parseInput(itemRef, input);
  const data = parseInput(cardholderInput, input.cardholder);
  const owner = await resolveOrderer({ ctx, actor });
  const saved = await ctx.store.cart.replace(owner, itemId, { ...data, manualIdVerification: !data.hasBankId, photoFailure: null });
  ctx.log.info({ event: saved ? 'cart.replaced' : 'cart.replace_missing', itemId, ordererId: owner.ordererId }, 'cart item edit saved');
  return { replaced: !!saved };
}
