import { describe, expect, it } from 'vitest';
import { isOrderText, orderRef } from './orderRef';

const now = new Date('2026-12-03T13:05:00Z');
const thisYearFirst = ['ID06-2026-000001', 'ID06-2025-000001'];

describe('orderRef', () => {
  it.each(['order 1', 'order 000001', 'order #1', '#1', 'order #000001', 'order # 1', 'beställning 1', 'beställning #000001'])(
    '%s is order 1 of this year, then of last year',
    (text) => {
      expect(isOrderText(text)).toBe(true);
      expect(orderRef(text, now)).toEqual({ kind: 'number', candidates: thisYearFirst });
    },
  );

  it('reads a full number as itself, whatever the year', () => {
    expect(orderRef('order id06-2024-000042', now)).toEqual({ kind: 'number', candidates: ['ID06-2024-000042'] });
    expect(orderRef('order #id06-2024-000042', now)).toEqual({ kind: 'number', candidates: ['ID06-2024-000042'] });
  });

  it('counts the year in Stockholm: 23:30 UTC on New Year’s Eve is already next year', () => {
    expect(orderRef('order 7', new Date('2026-12-31T23:30:00Z'))).toEqual({
      kind: 'number',
      candidates: ['ID06-2027-000007', 'ID06-2026-000007'],
    });
  });

  it.each(['order abc', 'order 0', 'order 1234567', 'order id06-26-1', 'beställning ett', 'order 1 2'])('%s is unreadable', (text) => {
    expect(orderRef(text, now)).toEqual({ kind: 'unreadable' });
  });

  it.each(['orders', 'order', '#', '#abc', 'hello 1', 'reorder 1'])('%s is not the order command', (text) => {
    expect(isOrderText(text)).toBe(false);
    expect(orderRef(text, now)).toBeUndefined();
  });
});
