import { describe, expect, it } from 'vitest';
import {
  ITEM_STATES,
  ORDER_STATES,
  transitionItem,
  type ActorKind,
  type ItemEvent,
  type ItemSnapshot,
  type ItemState,
  type LifecycleActor,
  type OrderState,
} from './index';

const AT = new Date('2026-03-02T10:00:00Z');
const ACTORS: ActorKind[] = ['orderer', 'admin', 'reviewer', 'cardholder', 'system'];
const actor = (kind: ActorKind): LifecycleActor => ({ kind, personId: kind === 'system' ? null : `p-${kind}` });
/** Past its valid-until date by a day (so `lapse` may apply; a card still valid is a named case below). */
const PAST = new Date(AT.getTime() - 24 * 60 * 60 * 1000);
const item = (state: ItemState, over: Partial<ItemSnapshot> = {}): ItemSnapshot => ({
  id: 'i1',
  orderId: 'o1',
  state,
  reason: null,
  declinedField: null,
  trackingRef: null,
  validUntil: PAST,
  ...over,
});

/** A card under its own review (its printed data changed after approval) for `review_card`, the only event that needs one. */
const itemFor = (type: ItemEvent['type'], state: ItemState): ItemSnapshot =>
  item(state, type === 'review_card' ? { review: 'pending' } : {});

const EVENTS: Record<ItemEvent['type'], ItemEvent> = {
  review_card: { type: 'review_card' },
  approve: { type: 'approve' },
  decline: { type: 'decline', reason: 'my name is misspelt', field: 'lastName' },
  expire: { type: 'expire' },
  resend: { type: 'resend' },
  reject: { type: 'reject', reason: 'photo shows two people' },
  cancel: { type: 'cancel', reason: 'left the company' },
  produce: { type: 'produce' },
  ship: { type: 'ship', trackingRef: 'PN-123456789SE' },
  deliver: { type: 'deliver' },
  activate: { type: 'activate', validUntil: new Date('2031-03-02T10:00:00Z') },
  block: { type: 'block', reason: 'lost' },
  end: { type: 'end', reason: 'left the company' },
  lapse: { type: 'lapse' },
  supersede: { type: 'supersede', byItemId: 'i2' },
};

/** The specification: [event, from, to, a permitted actor, the order state it needs]. */
const ALLOWED: [ItemEvent['type'], ItemState, ItemState, ActorKind, OrderState][] = [
  ['approve', 'awaiting_cardholder', 'approved', 'cardholder', 'approved'],
  ['decline', 'awaiting_cardholder', 'declined', 'cardholder', 'approved'],
  ['expire', 'awaiting_cardholder', 'expired', 'system', 'approved'],
  ['resend', 'awaiting_cardholder', 'awaiting_cardholder', 'orderer', 'approved'],
  ['resend', 'declined', 'awaiting_cardholder', 'orderer', 'approved'],
  ['resend', 'expired', 'awaiting_cardholder', 'orderer', 'approved'],
  ['review_card', 'awaiting_cardholder', 'awaiting_cardholder', 'reviewer', 'approved'],
  ['reject', 'awaiting_cardholder', 'rejected', 'reviewer', 'in_review'],
  ['cancel', 'awaiting_cardholder', 'cancelled', 'orderer', 'approved'],
  ['cancel', 'approved', 'cancelled', 'orderer', 'approved'],
  ['cancel', 'declined', 'cancelled', 'orderer', 'approved'],
  ['cancel', 'expired', 'cancelled', 'orderer', 'approved'],
  ['produce', 'approved', 'produced', 'reviewer', 'approved'],
  ['ship', 'produced', 'shipped', 'reviewer', 'approved'],
  ['deliver', 'shipped', 'delivered', 'reviewer', 'approved'],
  ['activate', 'delivered', 'card_active', 'reviewer', 'approved'],
  ['block', 'card_active', 'card_blocked', 'orderer', 'approved'],
  ['end', 'produced', 'card_ended', 'orderer', 'approved'],
  ['end', 'shipped', 'card_ended', 'orderer', 'approved'],
  ['end', 'delivered', 'card_ended', 'orderer', 'approved'],
  ['end', 'card_active', 'card_ended', 'admin', 'approved'],
  ['end', 'card_blocked', 'card_ended', 'orderer', 'approved'],
  ['end', 'card_lapsed', 'card_ended', 'orderer', 'approved'],
  ['lapse', 'card_active', 'card_lapsed', 'system', 'approved'],
  ['lapse', 'card_blocked', 'card_lapsed', 'system', 'approved'],
  ['supersede', 'delivered', 'card_superseded', 'system', 'approved'],
  ['supersede', 'card_active', 'card_superseded', 'system', 'approved'],
  ['supersede', 'card_blocked', 'card_superseded', 'system', 'approved'],
  ['supersede', 'card_lapsed', 'card_superseded', 'system', 'approved'],
];
const WHO: Record<ItemEvent['type'], ActorKind[]> = {
  review_card: ['reviewer'],
  approve: ['cardholder'],
  decline: ['cardholder'],
  expire: ['system'],
  resend: ['orderer', 'admin'],
  reject: ['reviewer'],
  cancel: ['orderer', 'admin', 'reviewer', 'system'],
  produce: ['reviewer'],
  ship: ['reviewer'],
  deliver: ['reviewer', 'system'],
  activate: ['reviewer', 'system'],
  block: ['orderer', 'admin'],
  end: ['orderer', 'admin'],
  lapse: ['system'],
  supersede: ['system'],
};
/** Order states in which each event may happen (the item gate opens only after issuer approval). */
const ORDER_OK: Record<ItemEvent['type'], OrderState[]> = {
  approve: ['approved'],
  decline: ['approved'],
  expire: ['approved'],
  resend: ['approved'],
  review_card: ['approved'],
  produce: ['approved'],
  ship: ['approved'],
  deliver: ['approved'],
  activate: ['approved'],
  block: ['approved'],
  end: ['approved'],
  lapse: ['approved'],
  supersede: ['approved'],
  reject: ['submitted', 'in_review'],
  cancel: [...ORDER_STATES],
};
const TYPES = Object.keys(EVENTS) as ItemEvent['type'][];

describe('a card whose printed data changed after approval goes back to the issuer', () => {
  const ok = { orderState: 'approved' as const };
  it('a resend with a printed change puts the card under review, audited; a plain resend does not', () => {
    const changed = transitionItem(item('declined'), { type: 'resend', printedChange: true }, actor('orderer'), AT, ok);
    expect(changed).toMatchObject({
      ok: true,
      next: { state: 'awaiting_cardholder', review: 'pending' },
      audit: { what: 'item.resend', details: { review: 'pending' } },
    });
    const plain = transitionItem(item('declined', { review: 'with_order' }), { type: 'resend' }, actor('orderer'), AT, ok);
    expect(plain).toMatchObject({ ok: true, next: { review: 'with_order' } });
  });
  it.each(['approve', 'decline', 'expire'] as const)('the cardholder gate waits: %s is refused while the card is under review', (type) => {
    expect(transitionItem(item('awaiting_cardholder', { review: 'pending' }), EVENTS[type], actor(WHO[type][0]!), AT, ok)).toEqual({
      ok: false,
      code: 'card_in_review',
    });
  });
  it('the issuer approves the card: the gate opens; a second review is invalid', () => {
    const reviewed = transitionItem(item('awaiting_cardholder', { review: 'pending' }), { type: 'review_card' }, actor('reviewer'), AT, ok);
    expect(reviewed).toMatchObject({
      ok: true,
      next: { state: 'awaiting_cardholder', review: 'with_order' },
      audit: { what: 'item.review_card' },
    });
    expect(
      transitionItem(item('awaiting_cardholder', { review: 'with_order' }), { type: 'review_card' }, actor('reviewer'), AT, ok),
    ).toEqual({ ok: false, code: 'invalid_transition' });
    expect(transitionItem(item('awaiting_cardholder', { review: 'pending' }), { type: 'review_card' }, actor('orderer'), AT, ok)).toEqual({
      ok: false,
      code: 'actor_not_allowed',
    });
  });
});

describe('transitionItem: every allowed transition', () => {
  it.each(ALLOWED)('%s from %s -> %s by %s (order %s), audited', (type, from, to, by, orderState) => {
    const result = transitionItem(itemFor(type, from), EVENTS[type], actor(by), AT, { orderState });
    expect(result).toMatchObject({ ok: true, next: { state: to } });
    if (!result.ok) return;
    expect(result.audit).toMatchObject({ subject: { type: 'item', id: 'i1' }, who: actor(by), when: AT, what: `item.${type}`, from, to });
  });
});

describe('transitionItem: every refused state/event pair', () => {
  const refused = ITEM_STATES.flatMap((from) =>
    TYPES.filter((type) => !ALLOWED.some(([t, f]) => t === type && f === from)).map((type) => [type, from] as const),
  );
  it.each(refused)('%s from %s is invalid', (type, from) => {
    expect(transitionItem(itemFor(type, from), EVENTS[type], actor(WHO[type][0]!), AT, { orderState: ORDER_OK[type][0]! })).toEqual({
      ok: false,
      code: 'invalid_transition',
    });
  });
  it('covers the whole matrix', () => {
    expect(refused.length + ALLOWED.length).toBe(ITEM_STATES.length * TYPES.length);
  });
});

describe('transitionItem: who may send each event', () => {
  const cases = TYPES.flatMap((type) => ACTORS.map((kind) => [type, kind, WHO[type].includes(kind)] as const));
  it.each(cases)('%s by %s allowed=%s', (type, kind, allowed) => {
    const [, from, , , orderState] = ALLOWED.find(([t]) => t === type)!;
    const result = transitionItem(itemFor(type, from), EVENTS[type], actor(kind), AT, { orderState });
    expect(result.ok).toBe(allowed);
    if (!allowed) expect(result).toEqual({ ok: false, code: 'actor_not_allowed' });
  });
});

describe('transitionItem: the order state gates item events', () => {
  const cases = TYPES.flatMap((type) => ORDER_STATES.map((orderState) => [type, orderState, ORDER_OK[type].includes(orderState)] as const));
  it.each(cases)('%s while the order is %s allowed=%s', (type, orderState, allowed) => {
    const [, from, , by] = ALLOWED.find(([t]) => t === type)!;
    const result = transitionItem(itemFor(type, from), EVENTS[type], actor(by), AT, { orderState });
    expect(result.ok).toBe(allowed);
    if (!allowed) expect(result).toEqual({ ok: false, code: type === 'reject' ? 'order_not_in_review' : 'order_not_approved' });
  });
});

describe('transitionItem: named cases and payload', () => {
  const ok = { orderState: 'approved' as const };
  it.each<[string, ItemState, ItemEvent['type'], ActorKind]>([
    ['ship before produced', 'approved', 'ship', 'reviewer'],
    ['decline after approve', 'approved', 'decline', 'cardholder'],
    ['approve after decline (needs a resend first)', 'declined', 'approve', 'cardholder'],
    ['cancel after produced', 'produced', 'cancel', 'orderer'],
    ['cancel after shipped', 'shipped', 'cancel', 'admin'],
    ['approve an expired approval', 'expired', 'approve', 'cardholder'],
    ['produce an item awaiting its cardholder', 'awaiting_cardholder', 'produce', 'reviewer'],
    ['deliver before shipped', 'produced', 'deliver', 'reviewer'],
    ['resend a rejected item', 'rejected', 'resend', 'orderer'],
    // Only an activated card can be blocked: a produced or delivered card is ended instead.
    ['block a delivered card never activated', 'delivered', 'block', 'orderer'],
    ['block a produced card', 'produced', 'block', 'admin'],
    ['block a blocked card again', 'card_blocked', 'block', 'orderer'],
    ['end an ended card again', 'card_ended', 'end', 'orderer'],
    ['activate an ended card', 'card_ended', 'activate', 'reviewer'],
    ['end a superseded card', 'card_superseded', 'end', 'admin'],
  ])('refuses %s', (_name, from, type, by) => {
    expect(transitionItem(itemFor(type, from), EVENTS[type], actor(by), AT, ok)).toEqual({ ok: false, code: 'invalid_transition' });
  });

  it('records the declined field and reason, and a resend clears them', () => {
    const declined = transitionItem(
      item('awaiting_cardholder'),
      { type: 'decline', reason: ' wrong  name ', field: 'lastName' },
      actor('cardholder'),
      AT,
      ok,
    );
    if (!declined.ok) throw new Error('expected ok');
    expect(declined.next).toMatchObject({ state: 'declined', reason: 'wrong name', declinedField: 'lastName' });
    expect(declined.audit.details).toEqual({ reason: 'wrong name', field: 'lastName' });
    const resent = transitionItem(declined.next, { type: 'resend' }, actor('orderer'), AT, ok);
    expect(resent).toMatchObject({ ok: true, next: { state: 'awaiting_cardholder', reason: null, declinedField: null } });
  });
  it.each<[ItemEvent, ItemState, ActorKind, string, OrderState]>([
    [{ type: 'decline', reason: '  ' }, 'awaiting_cardholder', 'cardholder', 'reason_required', 'approved'],
    [{ type: 'reject', reason: '' }, 'awaiting_cardholder', 'reviewer', 'reason_required', 'in_review'],
    [{ type: 'ship', trackingRef: ' ' }, 'produced', 'reviewer', 'tracking_ref_required', 'approved'],
  ])('refuses %j with %s', (event, from, by, code, orderState) => {
    expect(transitionItem(item(from), event, actor(by), AT, { orderState })).toMatchObject({ ok: false, code });
  });
  it('keeps the tracking reference on the item and in the audit', () => {
    const result = transitionItem(item('produced'), EVENTS.ship, actor('reviewer'), AT, ok);
    expect(result).toMatchObject({
      ok: true,
      next: { trackingRef: 'PN-123456789SE' },
      audit: { details: { trackingRef: 'PN-123456789SE' } },
    });
  });

  it('records the valid-until date of an activation', () => {
    const result = transitionItem(item('delivered', { validUntil: null }), EVENTS.activate, actor('reviewer'), AT, ok);
    expect(result).toMatchObject({
      ok: true,
      next: { state: 'card_active', validUntil: new Date('2031-03-02T10:00:00Z') },
      audit: { details: { validUntil: '2031-03-02' } },
    });
  });
  it('refuses a block without a reason, and keeps the reason of an end', () => {
    expect(transitionItem(item('card_active'), { type: 'block', reason: ' ' }, actor('orderer'), AT, ok)).toEqual({
      ok: false,
      code: 'reason_required',
    });
    expect(transitionItem(item('card_active'), { type: 'end', reason: ' left  us ' }, actor('admin'), AT, ok)).toMatchObject({
      ok: true,
      next: { reason: 'left us' },
      audit: { who: { kind: 'admin' }, details: { reason: 'left us' } },
    });
  });
  it.each<[string, Date | null]>([
    ['valid until tomorrow', new Date(AT.getTime() + 24 * 60 * 60 * 1000)],
    ['no valid-until date', null],
  ])('refuses to lapse a card %s', (_name, validUntil) => {
    expect(transitionItem(item('card_active', { validUntil }), EVENTS.lapse, actor('system'), AT, ok)).toEqual({
      ok: false,
      code: 'still_valid',
    });
  });
  it('lapses a card exactly at its valid-until time', () => {
    expect(transitionItem(item('card_active', { validUntil: AT }), EVENTS.lapse, actor('system'), AT, ok)).toMatchObject({
      ok: true,
      next: { state: 'card_lapsed' },
    });
  });
});
