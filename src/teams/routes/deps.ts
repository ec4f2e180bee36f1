import { z } from 'zod';
import type { ServiceContext } from '../../services/context';
import type { Route, RoutingTable, RouteScope } from '../routes';

/** What the route files need from the composition root. */
export interface RouteDeps {
  ctx: ServiceContext;
  table: () => RoutingTable;
  thumbnailUrl(photoId: string): string | undefined;
  /** Routes of other features (bulk import), placed before the card-verb catch-alls. */
  extra?: Route[];
}

/**
 * The `data` of the clicked Action.Execute, parsed with the route's zod schema before any logic
 * runs. Undefined when it does not parse: the caller answers "could not read that button".
 */
export function cardData<T extends z.ZodType>(scope: RouteScope, schema: T): z.infer<T> | undefined {
  const data = (scope.context.activity.value as { action?: { data?: unknown } } | undefined)?.action?.data;
  const parsed = schema.safeParse(data ?? {});
  return parsed.success ? parsed.data : undefined;
}

export const isInvoke = (scope: RouteScope) => scope.context.activity.type === 'invoke';
