import { z } from 'zod';
import type { Company, OrderItem, PhotoFindingRecord } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { ForbiddenError } from '../errors';
import { loadActorRoles } from '../roles/actorRoles';
import type { BrowsedOrder } from './browseOrders';
import { parseInput } from '../parseInput';

export const REVIEW_PAGE_SIZE = 10;
export const reviewQueueInput = z.object({ page: z.number().int().min(1).max(100_000).default(1) });

export interface QueuedOrder extends BrowsedOrder {
  company: Company | undefined;
  findings: Map<string, PhotoFindingRecord[]>;
}

/** The issuer's queue: every company's orders waiting for review, oldest first (first come, first served). */
export async function listReviewQueue({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: z.input<typeof reviewQueueInput>;
}): Promise<{ total: number; page: number; pageSize: number; orders: QueuedOrder[] }> {
  const { page } = parseInput(reviewQueueInput, input);
  const roles = await loadActorRoles({ ctx, actor });
  if (!roles.reviewer) {
    ctx.log.info({ event: 'authz.refused', action: 'review.queue', personId: actor.personId, resource: 'order' }, 'refused');
    throw new ForbiddenError('review.queue');
  }
  const { total, orders } = await ctx.store.orderBrowse.search({
    scope: { allCompanies: true },
    states: { orderStates: ['submitted', 'in_review'], approvedProgress: [] },
    sort: 'oldest',
    offset: (page - 1) * REVIEW_PAGE_SIZE,
    limit: REVIEW_PAGE_SIZE,
  });
  const photoIds = orders.flatMap((o) => o.items.map((i: OrderItem) => i.photoId));
  const [findings, companies] = await Promise.all([
    ctx.store.photos.findingsOf(photoIds),
    Promise.all([...new Set(orders.map((o) => o.order.companyId))].map((id) => ctx.store.companies.get(id))),
  ]);
  const byId = new Map(companies.flatMap((c) => (c ? [[c.id, c] as const] : [])));
  return {
    total,
    page,
    pageSize: REVIEW_PAGE_SIZE,
    orders: orders.map(({ order, items }) => ({ order, items, progress: order.status, company: byId.get(order.companyId), findings })),
  };
}
