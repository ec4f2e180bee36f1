import { auditRecord } from '../../domain/lifecycle/audit';
import type { Company, Order, OrderItem, Person } from '../../store/ports';
import type { ServiceContext } from '../context';
import type { LifecyclePorts } from './ports';
import { approvalDraft, companyOf } from './shared';

/**
 * A person wrote to the bot: approvals waiting for their e-mail in their tenant (nobody was bound
 * when the issuer approved) are bound to them and their approval cards delivered now.
 */
export async function reachCardholder({ ctx, person }: { ctx: ServiceContext; person: Person }): Promise<number> {
  if (!ctx.lifecycle) return 0;
  const emails = [...new Set([person.email, person.upn].filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
  let delivered = 0;
  for (const email of emails) {
    for (const { order, ...item } of await ctx.store.lifecycle.unboundAwaiting(email, person.tenantId)) {
      const company = await companyOf(ctx, order);
      if ((await bindCardholder(ctx, ctx.lifecycle, { order, item, company, person }, 'first_contact')) === 'applied') delivered += 1;
    }
  }
  if (delivered)
    ctx.log.info({ event: 'approval.reached', personId: person.id, count: delivered }, 'pending approvals delivered on first contact');
  return delivered;
}

/**
 * Binds a waiting approval round to its cardholder and enqueues their approval card, in one
 * transaction; `already_decided` when the round was decided or bound meanwhile. `via`: how the
 * bot came to know them (they wrote to it, or the app was installed for them through Graph).
 */
export async function bindCardholder(
  ctx: ServiceContext,
  ports: LifecyclePorts,
  { order, item, company, person }: { order: Order; item: OrderItem; company: Company; person: Person },
  via: 'first_contact' | 'graph_install',
): Promise<'applied' | 'already_decided'> {
  const bound = { ...item, cardholderPersonId: person.id };
  const details = { personId: person.id, ...(via === 'first_contact' ? {} : { via }) };
  const audit = auditRecord({
    subject: { type: 'item', id: item.id },
    who: { kind: 'system', personId: null },
    when: ctx.now(),
    what: 'item.cardholder_bound',
    from: item.status,
    to: item.status,
    details,
  });
  return ctx.store.lifecycle.apply(
    { items: [{ itemId: item.id, from: ['awaiting_cardholder'], round: item.approvalRound, set: { cardholderPersonId: person.id } }] },
    { audit: [audit], outbox: [approvalDraft(ports, { item: bound, order, company, person })] },
  );
}
