import type { SendFailure } from '../notify/ports';

interface RestErrorLike {
  name?: string;
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { status?: number; headers?: { get(name: string): string | undefined | null }; bodyAsText?: string | null };
}

/**
 * A Bot Connector error (a @azure/core-rest-pipeline RestError) as the outbox sees it: the status,
 * the Teams error code from the body (`{ error: { code, message } }`, e.g. ConversationBlockedByUser,
 * BotNotInConversationRoster, ConversationNotFound, MessageSizeTooBig, Throttled) or the network
 * error code, and Retry-After in ms.
 */
export function toSendFailure(err: unknown, now: number = Date.now()): SendFailure {
  const e = (err ?? {}) as RestErrorLike;
  const status = e.statusCode ?? e.response?.status ?? null;
  const body = parseBody(e.response?.bodyAsText);
  return {
    status,
    // The only abort on the proactive adapter is its request timeout.
    code: body?.code ?? e.code ?? (e.name === 'AbortError' ? 'Timeout' : null),
    retryAfterMs: parseRetryAfter(e.response?.headers?.get('retry-after'), now),
    message: (body?.message ?? e.message ?? String(err)).slice(0, 300),
  };
}

function parseBody(text: string | null | undefined): { code?: string; message?: string } | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof parsed.error?.code === 'string' ? parsed.error.code : undefined;
    const message = typeof parsed.error?.message === 'string' ? parsed.error.message : undefined;
    return { code, message };
  } catch {
    return undefined;
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}
