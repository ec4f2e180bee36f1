import type { PhotoFailureRecord } from './photos';

export type CardType = 'standard' | 'visitor';

export interface CartItemInput {
  firstName: string;
  lastName: string;
  nationality: string;
  identityScheme: string;
  identityNumber: string;
  coordinationNumber: string | null;
  dateOfBirth: string | null;
  email: string;
  mobile: string;
  cardType: CardType;
  hasBankId: boolean;
  manualIdVerification: boolean;
  photoId: string | null;
  /** A hard photo failure recorded for the item (bulk import); it blocks checkout until fixed. */
  photoFailure?: PhotoFailureRecord | null;
  /** The card in use this one renews or replaces (its order item's id); activating the new card supersedes the old. */
  replacesItemId?: string | null;
}

export interface CartItem extends CartItemInput {
  photoFailure: PhotoFailureRecord | null;
  id: string;
  companyId: string;
  ordererId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CartOwner {
  companyId: string;
  ordererId: string;
}

export interface CartRepository {
  add(owner: CartOwner, item: CartItemInput): Promise<{ item: CartItem; cartSize: number }>;
  list(owner: CartOwner): Promise<CartItem[]>;
  count(owner: CartOwner): Promise<number>;
  /** The item only if it is in this owner's cart. */
  get(owner: CartOwner, itemId: string): Promise<CartItem | undefined>;
  /** Overwrites an item in place (same id and position); undefined when it is no longer in the cart. */
  replace(owner: CartOwner, itemId: string, item: CartItemInput): Promise<CartItem | undefined>;
  remove(owner: CartOwner, itemId: string): Promise<boolean>;
  clear(owner: CartOwner): Promise<number>;
  /** The blind indexes of the identity numbers in the cart: duplicate checks compare these, never the numbers. */
  identityIndexes(owner: CartOwner): Promise<Set<string>>;
  /** The blind index of a number, to look it up in `identityIndexes` or `openCardholders`. */
  identityIndexOf(c: { nationality: string; identityNumber: string }): string;
  /** Empties the cart only if it is still at `version` (see cartVersion); otherwise nothing changes. */
  clearAtVersion(owner: CartOwner, version: string): Promise<{ cleared: number } | { changed: true }>;
}
