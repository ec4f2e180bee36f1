import type { Order } from '../../store/ports';
import type { ServiceContext } from '../context';
import type { ReviewView } from './ports';
import { companyOf } from './shared';

/** The order as it is now (someone may have decided it meanwhile) with what its review card shows. */
export async function loadCurrentReview(ctx: ServiceContext, order: Order): Promise<ReviewView> {
  return loadReview(ctx, (await ctx.store.orders.get(order.id)) ?? order);
}

/** The order with its company, items and their photo findings, as the review desk shows it. */
export async function loadReview(ctx: ServiceContext, order: Order): Promise<ReviewView> {
  const [company, items] = await Promise.all([companyOf(ctx, order), ctx.store.orders.items(order.id)]);
  const findings = await ctx.store.photos.findingsOf(items.map((i) => i.photoId));
  return { order, company, items: items.map((item) => ({ item, findings: findings.get(item.photoId) ?? [] })) };
}
