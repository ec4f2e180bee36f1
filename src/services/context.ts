import type { Logger } from '../logger';
import type { FaceDetector } from '../photos/faces/port';
import type { Store } from '../store/ports';
import type { LifecyclePorts } from './lifecycle/ports';
import type { ReachPorts } from './reach/ports';

/** What every use case receives: storage, the clock and a logger. No Bot Framework types here. */
export interface ServiceContext {
  store: Store;
  now: () => Date;
  log: Logger;
  /** Issuer reviewers from configuration; none when absent. */
  reviewers?: ReviewerConfig;
  /** Review desk, approval cards and timing of the order life cycle; absent in tests that do not need it. */
  lifecycle?: LifecyclePorts;
  /** Reaching cardholders the bot has not met (Graph install, e-mail); absent: they wait until they open the bot. */
  reach?: ReachPorts;
  /** The face detector photos are checked and framed with; absent in tests that take no photos. */
  faces?: FaceDetector;
}

/** The face detector, or a clear programming error when a photo use case runs without one. */
export function facesOf(ctx: ServiceContext): FaceDetector {
  if (!ctx.faces) throw new Error('ServiceContext.faces is not set: photo use cases need a face detector');
  return ctx.faces;
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
  /**
   * The conversation the action came from, when it came from a chat: anyone acting in the
   * configured review channel reviews. Part of who acts, so every verb takes `{ ctx, actor, input }`.
   */
  conversationId?: string;
}
