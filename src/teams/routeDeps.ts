import type { CardAction, Verb } from '../../cards/verbs';
import type { ServiceContext } from '../services/context';
import type { Route, RoutingTable, RouteScope } from './routes';

/** What the route files need from the composition root. */
export interface RouteDeps {
  ctx: ServiceContext;
  table: () => RoutingTable;
  thumbnailUrl(photoId: string): string | undefined;
  /** The signed download of a cardholder export; absent where no HTTP server serves it. */
  exportUrl?(requestId: string): string;
  /** The Teams deep link that opens an order in the Orders tab; absent where the bot is no Teams app (Agents Playground). */
  ordersLink?(orderNumber: string): string;
  /** Routes of other features (bulk import), placed before the card-verb catch-alls. */
  extra?: Route[];
}

/** The parsed click of a card-verb route: the router parses the data with the verb's schema and always passes it. */
export function clicked<V extends Verb>(action: CardAction<V> | undefined): CardAction<V> {
  if (!action) throw new Error('a card-verb route ran without its parsed card action');
  return action;
}

export const isInvoke = (scope: RouteScope) => scope.context.activity.type === 'invoke';
