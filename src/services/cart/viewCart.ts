import { pricingOf, type Pricing } from '../../domain/checkout/money';
import { blocksCheckout, photoState, type PhotoState } from '../../domain/checkout/photoBlockers';
import { cartEntries, cartVersion } from '../../store/cartVersion';
import type { CartItem, CartOwner, PhotoFindingRecord } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';

export interface CartLine {
  item: CartItem;
  photo: PhotoState;
  /** Soft findings of the stored photo, shown as advice. */
  findings: PhotoFindingRecord[];
}

export interface CartView {
  owner: CartOwner;
  lines: CartLine[];
  /** Changes whenever an item is added, edited or removed; cards carry it to refuse acting on an old cart. */
  version: string;
  /** Lines that cannot be ordered until fixed (no photo, or a hard photo failure). */
  blocked: CartLine[];
  /** The company's price per card, shown with the cart; undefined until the ordering settings exist. */
  pricing?: Pricing;
}

/** The actor's cart with what each item's photo looks like, in one query per table. */
export async function viewCart({ ctx, actor }: { ctx: ServiceContext; actor: Actor }): Promise<CartView> {
  const owner = await resolveOrderer({ ctx, actor });
  return viewCartOf(ctx, owner);
}

/**
 * `withPricing: false` for the checkout's services, which read the company's settings with the
 * checkout options anyway (one statement fewer on Confirm order).
 */
export async function viewCartOf(ctx: ServiceContext, owner: CartOwner, { withPricing = true } = {}): Promise<CartView> {
  const [items, settings] = await Promise.all([
    ctx.store.cart.list(owner),
    withPricing ? ctx.store.settings.get(owner.companyId) : undefined,
  ]);
  const stored = await ctx.store.photos.findingsOf(items.flatMap((i) => (i.photoId ? [i.photoId] : [])));
  const lines = items.map((item) => ({
    item,
    photo: photoState({ photoId: item.photoId, photoFailure: item.photoFailure, photoStored: !!item.photoId && stored.has(item.photoId) }),
    findings: (item.photoId && stored.get(item.photoId)) || [],
  }));
  return {
    owner: { companyId: owner.companyId, ordererId: owner.ordererId },
    lines,
    version: cartVersion(cartEntries(items)),
    blocked: lines.filter((l) => blocksCheckout(l.photo)),
    ...(settings ? { pricing: pricingOf(settings) } : {}),
  };
}
