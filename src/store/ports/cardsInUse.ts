import type { Order, OrderItem } from './orders';

export interface CardsInUseQuery {
  companyId: string;
  /** Only this orderer's cards (an orderer who is not the company's admin or manager). */
  ordererId?: string;
  /** Spellings of one search text (see searchSpellings): a card matches when one is in its first, last or full name. */
  text?: string[];
  limit: number;
}

export type CardInUse = OrderItem & { order: Order };

export interface Replacement {
  inCart: boolean;
  orderNumbers: string[];
}

/** Folds (replaced card id, where) rows into one Replacement per card. */
export function foldReplacements(
  cart: { id: string | null }[],
  ordered: { id: string | null; number: string }[],
): Map<string, Replacement> {
  const found = new Map<string, Replacement>();
  const of = (id: string) => found.get(id) ?? (found.set(id, { inCart: false, orderNumbers: [] }), found.get(id)!);
  for (const row of cart) if (row.id) of(row.id).inCart = true;
  for (const row of ordered) if (row.id) of(row.id).orderNumbers.push(row.number);
  return found;
}

/**
 * A company's cards after delivery (`cards in use`) and their timers. Names are kept in clear
 * (only the numbers are sealed), so the name search runs in SQL; the state list is IN_USE_STATES.
 */
export interface CardsInUseRepository {
  /** Cards delivered and not ended or replaced, by last and first name; `total` counts every match. */
  search(query: CardsInUseQuery): Promise<{ total: number; cards: CardInUse[] }>;
  /** Active cards whose end reminder is due, and active or blocked cards past their valid-until date. */
  dueTimers(now: Date, limit: number): Promise<CardInUse[]>;
  /** What already renews or replaces each of these cards: a cart item (any orderer's), or an order item still under way or done. Cards with none are absent. */
  replacements(itemIds: string[]): Promise<Map<string, Replacement>>;
}
