/**
 * Why a cart item cannot be ordered yet. The card issuer rejects a card without a usable photo,
 * and a rejected card needs a new order, so the bot stops it before the order is placed.
 */
export type PhotoState =
  | { kind: 'ok' }
  | { kind: 'missing' }
  /** The photo id points at nothing any more (deleted), so there is nothing to print. */
  | { kind: 'unavailable' }
  /** The photo was refused (e.g. by the bulk import) with a pipeline failure code. */
  | { kind: 'failed'; code: string; params: Record<string, string | number> };

export interface PhotoFacts {
  photoId: string | null;
  photoFailure: { code: string; params: Record<string, string | number> } | null;
  /** Whether the photo id resolves to a stored photo. */
  photoStored: boolean;
}

export function photoState(item: PhotoFacts): PhotoState {
  if (item.photoFailure) return { kind: 'failed', code: item.photoFailure.code, params: item.photoFailure.params };
  if (!item.photoId) return { kind: 'missing' };
  if (!item.photoStored) return { kind: 'unavailable' };
  return { kind: 'ok' };
}

export const blocksCheckout = (state: PhotoState): boolean => state.kind !== 'ok';
