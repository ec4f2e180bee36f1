import { pipelineOf } from './connectorPipeline';

export const CALL_DEADLINE_POLICY = 'turnCallDeadline';

/**
 * Bounds each whole call of a turn's connector client, the SDK's retries and their waits included.
 *
 * Inbound turns keep the SDK's retry policy (a 429 or 503 on a reply is worth a second try), but
 * it has no overall limit and the SDK sets no request timeout: a Bot Connector that stops
 * answering held the turn, and every later turn of that chat queued behind it, for good. The
 * policy sits in the pipeline's no-phase slot, outside the Retry phase, so it runs once per call:
 * its deadline signal is what every attempt and every backoff wait of that call listens to.
 */
export function withCallDeadline<T>(connectorClient: T, deadlineMs: number): T {
  pipelineOf(connectorClient).addPolicy({
    name: CALL_DEADLINE_POLICY,
    sendRequest: (request, next) => {
      const deadline = AbortSignal.timeout(deadlineMs);
      request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, deadline]) : deadline;
      return next(request);
    },
  });
  return connectorClient;
}

/** The error a call ended with when the connector did not answer in time (the pipeline's AbortError). */
export function isCallDeadline(err: unknown, depth = 0): boolean {
  const e = err as { name?: string; cause?: unknown; error?: unknown } | undefined;
  if (!e || depth > 5) return false;
  if (e.name === 'AbortError' || e.name === 'TimeoutError') return true;
  // botbuilder-dialogs wraps a step's failure in a DialogContextError (`error`); others use `cause`.
  return [e.error, e.cause].some((inner) => inner !== undefined && inner !== err && isCallDeadline(inner, depth + 1));
}
