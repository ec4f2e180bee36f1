import type { CartItem } from './cart';
import type { Order, OrderItem } from './orders';

export interface CardholderRequest {
  id: string;
  kind: 'export' | 'erase';
  companyId: string;
  email: string;
  requestedBy: string;
  createdAt: Date;
  completedAt: Date | null;
}

/** Everything the company's carts and orders hold about one cardholder (by e-mail), numbers opened. */
export interface HeldAboutCardholder {
  cartItems: CartItem[];
  orderItems: (OrderItem & { order: Order })[];
}

export interface ErasureResult {
  /** Cart items deleted (with their photos). */
  cartItems: number;
  /** Ended order items whose numbers, photo and contact details were erased. */
  orderItems: number;
  /** Numbers of orders still under way for the person: erased once they are cancelled or ended. */
  underWay: string[];
}

/** The person's rights: what is held about a cardholder, and erasing it. */
export interface CardholderRepository {
  heldAbout(companyId: string, email: string): Promise<HeldAboutCardholder>;
  /**
   * In one transaction: deletes the person's cart items (and photos no order item uses), erases
   * ended order items (rejected, cancelled, delivered): numbers masked, photo deleted, e-mail,
   * mobile and date of birth removed; names, statuses and audit stay. Items under way are untouched.
   */
  erase(companyId: string, email: string, mask: (number: string, scheme: string) => string): Promise<ErasureResult>;
  createRequest(request: Omit<CardholderRequest, 'createdAt' | 'completedAt'>): Promise<CardholderRequest>;
  request(id: string): Promise<CardholderRequest | undefined>;
  /** Erasures still waiting for orders under way. */
  openErasures(): Promise<CardholderRequest[]>;
  /** Marks the request done and blanks its e-mail (nothing about the person stays in it). */
  complete(id: string): Promise<void>;
}
