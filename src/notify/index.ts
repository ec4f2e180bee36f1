export * from './ports';
export { systemClock, type Clock } from './clock';
export { SlidingWindowLimiter, TEAMS_CONVERSATION_LIMITS, TEAMS_TENANT_LIMITS, type RateWindow, type Permit } from './limiter';
export { classifyFailure, retryDelayMs, DEFAULT_RETRY, type RetryConfig, type FailureClass } from './retryPolicy';
export { renderDefault, ADAPTIVE_CARD, UnrenderablePayloadError, type PayloadRenderer } from './render';
export { storeRecipients, type RecipientDirectory, type Resolution } from './recipients';
export { OutboxWorker, type OutboxWorkerOptions, type RunResult } from './worker';
export { WakeLoop } from './loop';
export type { DeliveryHooks } from './deliver';
