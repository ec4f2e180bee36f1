/**
 * The HTTP pipeline inside a botframework-connector ConnectorClient (@azure/core-client), which the
 * proactive adapter (no retries, a request timeout) and inbound turns (a deadline per call) adjust.
 * It sits below both so neither imports the other's authentication.
 */
export interface PipelineLike {
  removePolicy(options: { name: string }): unknown;
  addPolicy(policy: {
    name: string;
    sendRequest(request: { timeout: number; abortSignal?: AbortSignal }, next: (request: unknown) => Promise<unknown>): Promise<unknown>;
  }): void;
  getOrderedPolicies(): { name: string }[];
}

export function pipelineOf(connectorClient: unknown): PipelineLike {
  const pipeline = (connectorClient as { client?: { pipeline?: PipelineLike } }).client?.pipeline;
  if (!pipeline || typeof pipeline.removePolicy !== 'function') {
    throw new Error('cannot find the connector client HTTP pipeline to disable its built-in retries');
  }
  return pipeline;
}
