import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { localeFrom, t } from '../i18n';
import type { Logger } from '../logger';
import { isDatabaseUnavailable } from '../store/unavailable';
import { isCallDeadline } from './callDeadline';
import { ConversationBusyError } from './conversationLease';

/**
 * The adapter's `onTurnError`: what the person hears when a turn fails, and the operator's log line.
 * A database restarting or a chat busy on another instance is a short "try again"; a Bot Connector
 * that did not answer in time gets no second send (it would wait as long); anything else an apology
 * with a reference that names the log line, never the error.
 */
export function turnErrorHandler(log: Logger, turnCallTimeoutMs: number) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const conversationId = context.activity.conversation?.id;
    if (isDatabaseUnavailable(error) || error instanceof ConversationBusyError) {
      log.warn({ event: 'turn.unavailable', reason: error.message, conversationId }, 'turn refused for a moment');
      await context.sendActivity(t(localeFrom(context.activity.locale), 'error.try_again_shortly')).catch(() => undefined);
      return;
    }
    if (isCallDeadline(error)) {
      log.warn(
        { event: 'turn.connector_timeout', timeoutMs: turnCallTimeoutMs, activityType: context.activity.type, conversationId },
        'the Bot Connector did not answer; turn ended',
      );
      return;
    }
    const ref = randomUUID().slice(0, 8);
    log.error(
      {
        event: 'turn.failed',
        ref,
        err: { name: error.name, message: error.message, stack: error.stack },
        activityType: context.activity.type,
        conversationId,
      },
      'turn failed',
    );
    try {
      await context.sendActivity(t(localeFrom(context.activity.locale), 'error.generic', { ref }));
    } catch (sendError) {
      log.warn({ event: 'turn.error_reply_failed', ref, reason: (sendError as Error).message }, 'could not tell the user about the error');
    }
  };
}
