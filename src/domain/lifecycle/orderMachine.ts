import { auditRecord, type AuditRecord } from './audit';
import {
  MAX_REASON_LENGTH,
  type ActorKind,
  type LifecycleActor,
  type OrderEvent,
  type OrderSnapshot,
  type OrderState,
  type RefusalCode,
} from './states';

export interface OrderRule {
  from: readonly OrderState[];
  to: OrderState;
  by: readonly ActorKind[];
}

/** The order life cycle as data: which event moves which state to which, and who may send it. */
export const ORDER_RULES: Record<OrderEvent['type'], OrderRule> = {
  start_review: { from: ['submitted'], to: 'in_review', by: ['reviewer'] },
  approve: { from: ['submitted', 'in_review'], to: 'approved', by: ['reviewer'] },
  reject: { from: ['submitted', 'in_review'], to: 'rejected', by: ['reviewer'] },
  // Cancel is allowed until production starts (checked against the items below).
  cancel: { from: ['submitted', 'in_review', 'approved'], to: 'cancelled', by: ['orderer', 'admin', 'reviewer'] },
};

export type TransitionResult<S> = { ok: true; next: S; audit: AuditRecord } | { ok: false; code: RefusalCode };

export function transitionOrder(order: OrderSnapshot, event: OrderEvent, actor: LifecycleActor, at: Date): TransitionResult<OrderSnapshot> {
  const rule = ORDER_RULES[event.type];
  if (!rule.by.includes(actor.kind)) return { ok: false, code: 'actor_not_allowed' };
  if (!rule.from.includes(order.state)) return { ok: false, code: 'invalid_transition' };

  let reason: string | null = order.reason;
  if (event.type === 'reject') {
    const text = cleanReason(event.reason);
    if (!text) return { ok: false, code: 'reason_required' };
    reason = text;
  }
  if (event.type === 'cancel') {
    if (order.productionStarted) return { ok: false, code: 'production_started' };
    reason = cleanReason(event.reason) ?? null;
  }

  const next: OrderSnapshot = { ...order, state: rule.to, reason };
  const audit = auditRecord({
    subject: { type: 'order', id: order.id },
    who: actor,
    when: at,
    what: `order.${event.type}`,
    from: order.state,
    to: rule.to,
    details: { reason: event.type === 'reject' || event.type === 'cancel' ? (reason ?? undefined) : undefined },
  });
  return { ok: true, next, audit };
}

/** Trimmed, length-capped reason; undefined when empty. */
export function cleanReason(reason: string | undefined): string | undefined {
  const text = reason?.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, MAX_REASON_LENGTH) : undefined;
}
