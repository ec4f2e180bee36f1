import { z } from 'zod';
import { ORDER_FILTER_NAMES, filterParts, type OrderFilter } from '../../domain/lifecycle/progressFilter';
import { orderProgress, type OrderProgress } from '../../domain/lifecycle/progress';
import { orderListScope } from '../../domain/roles';
import type { Order, OrderItem, OrderScope } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { ForbiddenError } from '../errors';
import { loadActorRoles } from '../roles/actorRoles';
import { searchSpellings } from './searchText';
import { parseInput } from '../parseInput';

export const ORDERS_PAGE_SIZE = 25;
/** The most rows one export holds: a year of a large employer's orders. */
export const MAX_EXPORT_ROWS = 10_000;

export const browseOrdersInput = z.object({
  companyId: z.string().trim().min(1).max(100),
  filter: z.enum(ORDER_FILTER_NAMES as [OrderFilter, ...OrderFilter[]]).optional(),
  text: z.string().max(100).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
});
export type BrowseOrdersInput = z.input<typeof browseOrdersInput>;

export interface BrowsedOrder {
  order: Order;
  items: OrderItem[];
  progress: OrderProgress;
}

export interface BrowseOrdersResult {
  total: number;
  page: number;
  pageSize: number;
  orders: BrowsedOrder[];
  /** 'own': an orderer sees the orders they placed; 'all': admins and managers see the company's. */
  scope: 'all' | 'own';
  /** A manager who is neither orderer nor admin there: the tab offers no actions. */
  readOnly: boolean;
}

/** The Orders tab's list: one company's orders the actor may see, newest first, searched, filtered and paged. */
export async function browseOrders({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: BrowseOrdersInput;
}): Promise<BrowseOrdersResult> {
  const req = parse(input);
  const { scope, orderScope, readOnly } = await listScope(ctx, actor, req.companyId);
  const { total, orders } = await ctx.store.orderBrowse.search({
    scope: orderScope,
    ...(req.filter ? { states: filterParts(req.filter) } : {}),
    ...(req.text ? { text: searchSpellings(req.text) } : {}),
    sort: 'newest',
    offset: (req.page - 1) * ORDERS_PAGE_SIZE,
    limit: ORDERS_PAGE_SIZE,
  });
  return { total, page: req.page, pageSize: ORDERS_PAGE_SIZE, orders: orders.map(withProgress), scope, readOnly };
}

/** The same list unpaged (up to `MAX_EXPORT_ROWS`), for the CSV and XLSX export. */
export async function exportOrders({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: Omit<BrowseOrdersInput, 'page'>;
}): Promise<{ orders: BrowsedOrder[]; truncated: boolean }> {
  const req = parse({ ...input, page: 1 });
  const { orderScope } = await listScope(ctx, actor, req.companyId);
  const batch = 500;
  const rows: BrowsedOrder[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_EXPORT_ROWS; offset += batch) {
    const page = await ctx.store.orderBrowse.search({
      scope: orderScope,
      ...(req.filter ? { states: filterParts(req.filter) } : {}),
      ...(req.text ? { text: searchSpellings(req.text) } : {}),
      sort: 'newest',
      offset,
      limit: Math.min(batch, MAX_EXPORT_ROWS - offset),
    });
    total = page.total;
    rows.push(...page.orders.map(withProgress));
    if (page.orders.length < batch) break;
  }
  ctx.log.info({ event: 'tab.export', personId: actor.personId, companyId: req.companyId, rows: rows.length }, 'orders exported');
  return { orders: rows, truncated: total > rows.length };
}

function parse(input: BrowseOrdersInput) {
  return parseInput(browseOrdersInput, input);
}

async function listScope(
  ctx: ServiceContext,
  actor: Actor,
  companyId: string,
): Promise<{ scope: 'all' | 'own'; orderScope: OrderScope; readOnly: boolean }> {
  const roles = await loadActorRoles({ ctx, actor });
  const scope = orderListScope(roles, companyId);
  if (!scope) {
    ctx.log.info({ event: 'authz.refused', action: 'orders.list', personId: actor.personId, resource: 'company' }, 'refused');
    throw new ForbiddenError('orders.list');
  }
  const mine = roles.companies.filter((c) => c.companyId === companyId).map((c) => c.role);
  return {
    scope,
    orderScope: scope === 'all' ? { companyId } : { companyId, ordererId: actor.personId },
    readOnly: !mine.includes('orderer') && !mine.includes('admin'),
  };
}

const withProgress = ({ order, items }: { order: Order; items: OrderItem[] }): BrowsedOrder => ({
  order,
  items,
  progress: orderProgress(
    order.status,
    items.map((i) => ({ state: i.status })),
  ),
});
