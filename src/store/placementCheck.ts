import { cartEntries, cartVersion } from './cartVersion';
import type { CartItem, CartVersionEntry, OrderItem } from './ports';

/**
 * Whether the cart read inside the placement transaction is the one the summary showed and the
 * service copied: the same items at the same versions, each copied once. Both dialects ask this.
 */
export function cartMatches(
  cart: Pick<CartItem, 'id' | 'updatedAt'>[],
  summary: CartVersionEntry[],
  copies: Pick<OrderItem, 'cartItemId'>[],
): boolean {
  if (cartVersion(cartEntries(cart)) !== cartVersion(summary)) return false;
  const copied = new Set(copies.map((c) => c.cartItemId));
  return copied.size === cart.length && copies.length === cart.length && cart.every((i) => copied.has(i.id));
}
