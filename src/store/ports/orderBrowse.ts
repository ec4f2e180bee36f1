import type { OrderProgress } from '../../domain/lifecycle/progress';
import type { OrderState } from '../../domain/lifecycle/states';
import type { Order, OrderItem } from './orders';

/** Whose orders: one company's (optionally only one orderer's), or every company's (the issuer's desk). */
export type OrderScope = { companyId: string; ordererId?: string } | { allCompanies: true };

export interface OrderBrowseQuery {
  scope: OrderScope;
  /** Orders whose own state is one of these, or (approved orders) whose progress from their items is one of these. */
  states?: { orderStates: OrderState[]; approvedProgress: OrderProgress[] };
  /**
   * Spellings of one search text (e.g. lower-case, capitalised, upper-case); an order matches when
   * any of them is a substring of its number or of a cardholder's first name, last name, full name or e-mail.
   */
  text?: string[];
  sort: 'newest' | 'oldest';
  offset: number;
  limit: number;
}

export interface OrderWithItems {
  order: Order;
  items: OrderItem[];
}

/** Read-only views over orders for the Orders tab: one statement for the page, one for the count. */
export interface OrderBrowseRepository {
  search(query: OrderBrowseQuery): Promise<{ total: number; orders: OrderWithItems[] }>;
  /** The items bound to this cardholder, newest order first, each with its order. */
  cardsOf(personId: string, limit: number): Promise<{ order: Order; item: OrderItem }[]>;
}
