import { auditRecord } from './audit';
import { cleanReason, type TransitionResult } from './orderMachine';
import {
  PRODUCTION_STATES,
  type ActorKind,
  type ItemEvent,
  type ItemSnapshot,
  type ItemState,
  type LifecycleActor,
  type OrderState,
} from './states';

export interface ItemRule {
  from: readonly ItemState[];
  to: ItemState;
  by: readonly ActorKind[];
  /** The order state(s) the item's order must be in; undefined: any. */
  order?: readonly OrderState[];
}

const APPROVED: readonly OrderState[] = ['approved'];
/** Item states after the issuer started producing the card: nothing of the order can be cancelled any more. */
export const PRODUCED_STATES: readonly ItemState[] = PRODUCTION_STATES;

/** The item life cycle as data. The cardholder gate opens only once the issuer approved the order. */
export const ITEM_RULES: Record<ItemEvent['type'], ItemRule> = {
  approve: { from: ['awaiting_cardholder'], to: 'approved', by: ['cardholder'], order: APPROVED },
  decline: { from: ['awaiting_cardholder'], to: 'declined', by: ['cardholder'], order: APPROVED },
  expire: { from: ['awaiting_cardholder'], to: 'expired', by: ['system'], order: APPROVED },
  // After a decline (edited), an expiry, or an unreachable delivery: a fresh approval round.
  resend: { from: ['awaiting_cardholder', 'declined', 'expired'], to: 'awaiting_cardholder', by: ['orderer', 'admin'], order: APPROVED },
  // A card whose printed data changed after the order's approval: the issuer approves that card again.
  review_card: { from: ['awaiting_cardholder'], to: 'awaiting_cardholder', by: ['reviewer'], order: APPROVED },
  // The issuer may reject single items while reviewing the order.
  reject: { from: ['awaiting_cardholder'], to: 'rejected', by: ['reviewer'], order: ['submitted', 'in_review'] },
  cancel: {
    from: ['awaiting_cardholder', 'approved', 'declined', 'expired'],
    to: 'cancelled',
    by: ['orderer', 'admin', 'reviewer', 'system'],
  },
  produce: { from: ['approved'], to: 'produced', by: ['reviewer'], order: APPROVED },
  ship: { from: ['produced'], to: 'shipped', by: ['reviewer'], order: APPROVED },
  deliver: { from: ['shipped'], to: 'delivered', by: ['reviewer', 'system'], order: APPROVED },
  // After delivery, as the issuer reports it. Only an activated card can be blocked; a card never
  // activated is ended instead. Ending is for good (a new card is needed); only the card's orderer
  // or the company's admin may block or end (checked by the service; the actor kind is audited).
  activate: { from: ['delivered'], to: 'card_active', by: ['reviewer', 'system'], order: APPROVED },
  block: { from: ['card_active'], to: 'card_blocked', by: ['orderer', 'admin'], order: APPROVED },
  end: {
    from: ['produced', 'shipped', 'delivered', 'card_active', 'card_blocked', 'card_lapsed'],
    to: 'card_ended',
    by: ['orderer', 'admin'],
    order: APPROVED,
  },
  lapse: { from: ['card_active', 'card_blocked'], to: 'card_lapsed', by: ['system'], order: APPROVED },
  // The renewal or replacement card was activated: the old one stops (the issuer deactivates it).
  supersede: { from: ['delivered', 'card_active', 'card_blocked', 'card_lapsed'], to: 'card_superseded', by: ['system'], order: APPROVED },
};

/** Whether the event could apply to an item in this state within an order in that state (who may do it aside): what a view offers as an action. */
export function itemEventOpen(event: ItemEvent['type'], itemState: ItemState, orderState: OrderState): boolean {
  const rule = ITEM_RULES[event];
  return rule.from.includes(itemState) && (!rule.order || rule.order.includes(orderState));
}

export interface ItemContext {
  /** The state of the order the item belongs to. */
  orderState: OrderState;
}

export function transitionItem(
  item: ItemSnapshot,
  event: ItemEvent,
  actor: LifecycleActor,
  at: Date,
  context: ItemContext,
): TransitionResult<ItemSnapshot> {
  const rule = ITEM_RULES[event.type];
  if (!rule.by.includes(actor.kind)) return { ok: false, code: 'actor_not_allowed' };
  if (!rule.from.includes(item.state)) return { ok: false, code: 'invalid_transition' };
  if (rule.order && !rule.order.includes(context.orderState)) {
    return { ok: false, code: rule.order === APPROVED ? 'order_not_approved' : 'order_not_in_review' };
  }

  const inReview = item.review === 'pending';
  // Nobody approves data the issuer has not seen: the cardholder's gate waits for the card's review.
  if (inReview && (event.type === 'approve' || event.type === 'decline' || event.type === 'expire'))
    return { ok: false, code: 'card_in_review' };
  if (event.type === 'review_card' && !inReview) return { ok: false, code: 'invalid_transition' };

  const next: ItemSnapshot = { ...item, state: rule.to };
  const details: Record<string, string | undefined> = {};
  switch (event.type) {
    case 'review_card':
      next.review = 'with_order';
      break;
    case 'decline':
    case 'reject': {
      const reason = cleanReason(event.reason);
      if (!reason) return { ok: false, code: 'reason_required' };
      next.reason = reason;
      next.declinedField = event.type === 'decline' ? (cleanReason(event.field) ?? null) : null;
      details.reason = reason;
      details.field = next.declinedField ?? undefined;
      break;
    }
    case 'cancel':
      next.reason = cleanReason(event.reason) ?? null;
      details.reason = next.reason ?? undefined;
      break;
    case 'resend':
      next.reason = null;
      next.declinedField = null;
      if (event.printedChange) {
        next.review = 'pending';
        details.review = 'pending';
      }
      break;
    case 'activate':
      next.validUntil = event.validUntil;
      details.validUntil = event.validUntil.toISOString().slice(0, 10);
      break;
    case 'block': {
      const reason = cleanReason(event.reason);
      if (!reason) return { ok: false, code: 'reason_required' };
      next.reason = reason;
      details.reason = reason;
      break;
    }
    case 'end':
      next.reason = cleanReason(event.reason) ?? null;
      details.reason = next.reason ?? undefined;
      break;
    case 'lapse':
      if (!item.validUntil || item.validUntil.getTime() > at.getTime()) return { ok: false, code: 'still_valid' };
      break;
    case 'supersede':
      details.by = event.byItemId;
      break;
    case 'ship': {
      const trackingRef = cleanReason(event.trackingRef);
      if (!trackingRef) return { ok: false, code: 'tracking_ref_required' };
      next.trackingRef = trackingRef;
      details.trackingRef = trackingRef;
      break;
    }
  }
  const audit = auditRecord({
    subject: { type: 'item', id: item.id },
    who: actor,
    when: at,
    what: `item.${event.type}`,
    from: item.state,
    to: rule.to,
    details,
  });
  return { ok: true, next, audit };
}
