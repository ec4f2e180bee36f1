import type { Logger } from '../../logger';
import { ForbiddenError, NotFoundError } from '../../services/errors';
import type { InvokeReply } from '../../chat/invokeReply';
import type { RouteScope } from '../routes';

/**
 * A click whose card data names an id the user may not act on, or one that does not exist: one
 * answer for both, so ids cannot be probed, and no turn error (a forged or stale card is the
 * caller's mistake, not ours). While the person's e-mail is still unknown (profile not fetched
 * yet), a role given to that e-mail cannot apply yet: they are told so instead.
 */
export function cardRefusal(scope: RouteScope, err: unknown, log: Pick<Logger, 'warn'>): InvokeReply | undefined {
  if (!(err instanceof NotFoundError || err instanceof ForbiddenError)) return undefined;
  const verb = (scope.context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  log.warn({ event: 'card.refused', verb: typeof verb === 'string' ? verb.slice(0, 64) : undefined, reason: err.name }, 'card action refused');
  return { message: scope.t(scope.person.profilePending ? 'error.profile_pending' : 'error.bad_card_data') };
}
