import { describe, expect, it } from 'vitest';
import { classifyFailure, DEFAULT_RETRY, retryDelayMs } from '../../src/notify/retryPolicy';
import type { SendFailure } from '../../src/notify/ports';

const failure = (status: number | null, code: string | null = null, retryAfterMs: number | null = null): SendFailure => ({
  status,
  code,
  retryAfterMs,
  message: '',
});

describe('classifyFailure (Teams status table)', () => {
  it.each<[number | null, string | null, string]>([
    [403, 'ConversationBlockedByUser', 'unreachable'],
    [403, 'BotNotInConversationRoster', 'unreachable'],
    [403, 'BotDisabledByAdmin', 'unreachable'],
    [404, 'ConversationNotFound', 'unreachable'],
    [404, 'ActivityNotFoundInConversation', 'unreachable'],
    [412, 'PreconditionFailed', 'retry'],
    [429, 'Throttled', 'retry'],
    [500, null, 'retry'],
    [502, null, 'retry'],
    [503, null, 'retry'],
    [504, null, 'retry'],
    [408, null, 'retry'],
    [401, null, 'retry'],
    [null, 'ECONNRESET', 'retry'],
    [413, 'MessageSizeTooBig', 'failed'],
    [400, 'BadArgument', 'failed'],
  ])('%s %s -> %s', (status, code, expected) => {
    expect(classifyFailure(failure(status, code))).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  const config = { ...DEFAULT_RETRY, baseMs: 1_000, capMs: 10_000 };
  it('draws below a doubling ceiling (full jitter), capped', () => {
    const top = () => 0.999_999;
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, failure(503), config, top))).toEqual([999, 1_999, 3_999, 7_999, 9_999, 9_999]);
    expect(retryDelayMs(3, failure(503), config, () => 0)).toBe(0);
    expect(retryDelayMs(3, failure(503), config, () => 0.5)).toBe(2_000);
  });
  it('never retries sooner than Retry-After', () => {
    expect(retryDelayMs(1, failure(429, 'Throttled', 30_000), config, () => 0.5)).toBe(30_000);
    expect(retryDelayMs(5, failure(429, 'Throttled', 1_000), config, () => 0.5)).toBe(5_000);
  });
});
