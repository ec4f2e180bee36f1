import type { SendFailure } from './ports';

/**
 * What to do after a failed proactive call (Teams "Conversations with a bot" status table):
 * 403 (blocked, not installed, disabled by admin) and 404 (conversation gone) will not heal by
 * retrying: the recipient is unreachable until they talk to the bot again. 412, 429, 5xx, 408,
 * 401 (token hiccups) and network errors are transient. 413 and other 4xx are permanent.
 */
export type FailureClass = 'retry' | 'unreachable' | 'failed';

export function classifyFailure(failure: SendFailure): FailureClass {
  const { status } = failure;
  if (status === null) return 'retry';
  if (status === 403 || status === 404) return 'unreachable';
  if (status === 401 || status === 408 || status === 412 || status === 429 || status >= 500) return 'retry';
  return 'failed';
}

export interface RetryConfig {
  /** First backoff ceiling. */
  baseMs: number;
  /** Largest backoff ceiling. */
  capMs: number;
  /** Attempts (including the first) before a message is marked failed. */
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryConfig = { baseMs: 2_000, capMs: 5 * 60_000, maxAttempts: 8 };

/**
 * Exponential backoff with full jitter (a uniform draw below the doubling ceiling), never sooner
 * than the service's Retry-After.
 */
export function retryDelayMs(attempt: number, failure: SendFailure, config: RetryConfig, random: () => number): number {
  const ceiling = Math.min(config.capMs, config.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, failure.retryAfterMs ?? 0);
}

export function describeFailure(failure: SendFailure): string {
  return [failure.status ?? 'network', failure.code, failure.message].filter(Boolean).join(' ').slice(0, 500);
}
