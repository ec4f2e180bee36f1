import { formatOrderNumber, MAX_ORDERS_PER_YEAR, orderYear } from '../../../domain/checkout/orderNumber';

/**
 * What `order …` names: a full number (`order ID06-2026-000001`), or the short one people read
 * off a card (`order 1`, `order 000001`, `order #1`, `#1`), which means that sequence in this
 * year or, early in a year, the last. Anything else after `order` is a slip to explain, not an
 * unknown command.
 */
export type OrderRef = { kind: 'number'; candidates: string[] } | { kind: 'unreadable' };

const ORDER_COMMAND = /^(?:(?:order|beställning) (.+)|(#\s?\d+))$/;
const FULL = /^#?\s?(id06-\d{4}-\d{6})$/;
const SHORT = /^#?\s?(\d{1,6})$/;

/** Text (normalised by commandKey) that the `order` route answers. */
export const isOrderText = (key: string): boolean => ORDER_COMMAND.test(key);

export function orderRef(key: string, now: Date): OrderRef | undefined {
  const m = ORDER_COMMAND.exec(key);
  if (!m) return undefined;
  const arg = (m[1] ?? m[2]!).trim();
  const full = FULL.exec(arg)?.[1];
  if (full) return { kind: 'number', candidates: [full.toUpperCase()] };
  const sequence = Number(SHORT.exec(arg)?.[1] ?? NaN);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_ORDERS_PER_YEAR) return { kind: 'unreadable' };
  const year = orderYear(now);
  return { kind: 'number', candidates: [year, year - 1].map((y) => formatOrderNumber(y, sequence)) };
}
