import { describe, expect, it } from 'vitest';
import { orderProgress, productionStarted, type ItemState, type OrderState } from './index';

const items = (...states: ItemState[]) => states.map((state) => ({ state }));

describe('orderProgress', () => {
  it.each<[OrderState, ItemState[], string]>([
    ['submitted', ['awaiting_cardholder'], 'submitted'],
    ['in_review', ['awaiting_cardholder', 'rejected'], 'in_review'],
    ['rejected', ['awaiting_cardholder'], 'rejected'],
    ['cancelled', ['cancelled'], 'cancelled'],
    ['approved', ['awaiting_cardholder', 'approved'], 'awaiting_cardholders'],
    ['approved', ['declined', 'approved'], 'awaiting_cardholders'],
    ['approved', ['approved', 'approved', 'rejected'], 'ready_for_production'],
    ['approved', ['produced', 'awaiting_cardholder'], 'in_production'],
    ['approved', ['shipped', 'delivered', 'cancelled'], 'shipped'],
    ['approved', ['delivered', 'delivered'], 'delivered'],
    ['approved', ['card_active', 'card_ended', 'delivered'], 'delivered'],
    ['approved', ['card_blocked', 'shipped'], 'shipped'],
    ['approved', ['card_lapsed', 'approved'], 'in_production'],
    ['approved', ['rejected', 'cancelled'], 'closed'],
  ])('%s with %j is %s', (order, states, expected) => {
    expect(orderProgress(order, items(...states))).toBe(expected);
  });
  it('knows when production started', () => {
    expect(productionStarted(items('approved', 'declined'))).toBe(false);
    expect(productionStarted(items('approved', 'produced'))).toBe(true);
    expect(productionStarted(items('delivered'))).toBe(true);
  });
});
