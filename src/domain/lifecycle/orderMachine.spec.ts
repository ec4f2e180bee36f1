import { describe, expect, it } from 'vitest';
import {
  ORDER_STATES,
  transitionOrder,
  type ActorKind,
  type LifecycleActor,
  type OrderEvent,
  type OrderSnapshot,
  type OrderState,
} from './index';

const AT = new Date('2026-03-02T10:00:00Z');
const ACTORS: ActorKind[] = ['orderer', 'admin', 'reviewer', 'cardholder', 'system'];
const actor = (kind: ActorKind): LifecycleActor => ({ kind, personId: kind === 'system' ? null : `p-${kind}` });
const order = (state: OrderState, over: Partial<OrderSnapshot> = {}): OrderSnapshot => ({
  id: 'o1',
  state,
  reason: null,
  productionStarted: false,
  ...over,
});

const EVENTS: Record<OrderEvent['type'], OrderEvent> = {
  start_review: { type: 'start_review' },
  approve: { type: 'approve' },
  reject: { type: 'reject', reason: 'photo is not a portrait' },
  cancel: { type: 'cancel', reason: 'ordered twice' },
};

/** The specification, written out independently of the rules table: [event, from, to, by]. */
const ALLOWED: [OrderEvent['type'], OrderState, OrderState, ActorKind][] = [
  ['start_review', 'submitted', 'in_review', 'reviewer'],
  ['approve', 'submitted', 'approved', 'reviewer'],
  ['approve', 'in_review', 'approved', 'reviewer'],
  ['reject', 'submitted', 'rejected', 'reviewer'],
  ['reject', 'in_review', 'rejected', 'reviewer'],
  ['cancel', 'submitted', 'cancelled', 'orderer'],
  ['cancel', 'in_review', 'cancelled', 'orderer'],
  ['cancel', 'approved', 'cancelled', 'orderer'],
];
const WHO: Record<OrderEvent['type'], ActorKind[]> = {
  start_review: ['reviewer'],
  approve: ['reviewer'],
  reject: ['reviewer'],
  cancel: ['orderer', 'admin', 'reviewer'],
};

describe('transitionOrder: every allowed transition', () => {
  it.each(ALLOWED)('%s from %s -> %s by %s, audited', (type, from, to, by) => {
    const result = transitionOrder(order(from), EVENTS[type], actor(by), AT);
    expect(result).toMatchObject({ ok: true, next: { state: to } });
    if (!result.ok) return;
    expect(result.audit).toMatchObject({ subject: { type: 'order', id: 'o1' }, who: actor(by), when: AT, what: `order.${type}`, from, to });
  });
});

describe('transitionOrder: every refused state/event pair', () => {
  const refused = ORDER_STATES.flatMap((from) =>
    (Object.keys(EVENTS) as OrderEvent['type'][])
      .filter((type) => !ALLOWED.some(([t, f]) => t === type && f === from))
      .map((type) => [type, from] as const),
  );
  it.each(refused)('%s from %s is invalid', (type, from) => {
    expect(transitionOrder(order(from), EVENTS[type], actor(WHO[type][0]!), AT)).toEqual({ ok: false, code: 'invalid_transition' });
  });
  it('covers the whole matrix', () => {
    expect(refused.length + ALLOWED.length).toBe(ORDER_STATES.length * Object.keys(EVENTS).length);
  });
});

describe('transitionOrder: who may send each event', () => {
  const cases = (Object.keys(EVENTS) as OrderEvent['type'][]).flatMap((type) =>
    ACTORS.map((kind) => [type, kind, WHO[type].includes(kind)] as const),
  );
  it.each(cases)('%s by %s allowed=%s', (type, kind, allowed) => {
    const from = ALLOWED.find(([t]) => t === type)![1];
    const result = transitionOrder(order(from), EVENTS[type], actor(kind), AT);
    expect(result.ok).toBe(allowed);
    if (!allowed) expect(result).toEqual({ ok: false, code: 'actor_not_allowed' });
  });
});

describe('transitionOrder: guards and payload', () => {
  it('refuses cancel once production started, in any open state', () => {
    for (const state of ['submitted', 'in_review', 'approved'] as const) {
      expect(transitionOrder(order(state, { productionStarted: true }), EVENTS.cancel, actor('admin'), AT)).toEqual({
        ok: false,
        code: 'production_started',
      });
    }
  });
  it.each(['', '   ', '\n\t'])('refuses a reject with an empty reason %j', (reason) => {
    expect(transitionOrder(order('in_review'), { type: 'reject', reason }, actor('reviewer'), AT)).toEqual({
      ok: false,
      code: 'reason_required',
    });
  });
  it('keeps a tidy, capped reason on the order and in the audit', () => {
    const result = transitionOrder(
      order('in_review'),
      { type: 'reject', reason: `  blurry\n photo ${'x'.repeat(600)}` },
      actor('reviewer'),
      AT,
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.next.reason).toMatch(/^blurry photo x+$/);
    expect(result.next.reason).toHaveLength(500);
    expect(result.audit.details.reason).toBe(result.next.reason);
  });
  it('cancels without a reason too, and the audit has no reason key', () => {
    const result = transitionOrder(order('submitted'), { type: 'cancel' }, actor('orderer'), AT);
    expect(result).toMatchObject({ ok: true, next: { state: 'cancelled', reason: null }, audit: { details: {} } });
  });
  it('does not mutate the input snapshot', () => {
    const before = order('submitted');
    transitionOrder(before, EVENTS.approve, actor('reviewer'), AT);
    expect(before.state).toBe('submitted');
  });
});
