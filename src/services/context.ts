import type { Logger } from '../logger';
import type { Store } from '../store/ports';
import type { LifecyclePorts } from './lifecycle/ports';

/** What every use case receives: storage, the clock and a logger. No Bot Framework types here. */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  log: Logger;
  /** Issuer reviewers from configuration; none when absent. */
  reviewers?: ReviewerConfig;
  /** Review desk, approval cards and timing of the order life cycle; absent in tests that do not need it. */
  lifecycle?: LifecyclePorts;
}

export interface ReviewerConfig {
  /** Reviewers by e-mail (matched on the Teams profile's e-mail or UPN). */
  emails: readonly string[];
  /** A review channel's conversation id, where review cards go besides 1:1 chats. */
  channelConversationId: string | null;
  /** Local mode without configured reviewers: everyone reviews, so one Playground user can try it all. */
  everyone?: boolean;
}

/** The person acting, identified from the authenticated activity (never from card data). */
export interface Actor {
  personId: string;
  tenantId: string;
}
