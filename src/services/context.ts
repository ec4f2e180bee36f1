import type { Logger } from '../logger';
import type { Store } from '../store/ports';

/** What every use case receives: storage, the clock and a logger. No Bot Framework types here. */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  log: Logger;
}

/** The person acting, identified from the authenticated activity (never from card data). */
export interface Actor {
  personId: string;
  tenantId: string;
}
