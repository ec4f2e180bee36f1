import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { BotAuthentication } from './botAuthentication';
import { pipelineOf } from './connectorPipeline';

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];

/**
 * Bot Framework authentication whose connector clients make exactly one HTTP attempt per call.
 *
 * botframework-connector builds its ConnectorClient on @azure/core-client, whose default pipeline
 * has `defaultRetryPolicy` (@typespec/ts-http-runtime): up to 3 retries of 429/503 after their
 * Retry-After, of 408 and 5xx (except 501/505) with exponential backoff from 1 s, and of network
 * errors (ECONNREFUSED took 6.4 s to surface). It sleeps in-process with real timers, does not know
 * our rate limits, and hides the 429 from us. The outbox worker is the one place that retries
 * proactive sends, so for the proactive adapter that policy is removed from every client. Inbound
 * turns (replies within a conversation) keep the SDK default.
 *
 * The SDK also sets no request timeout: a hung call would hold the worker (and outlive the claim's
 * lease, causing a duplicate). Every request gets `timeoutMs` unless it has its own.
 *
 * Endpoints and credentials are the inbound adapter's (createBotAuthentication): the same login
 * URL, scope and msal client, so a proactive message gets its token exactly as a reply does.
 */
export class SingleAttemptAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    authentication: Pick<BotAuthentication, 'options' | 'credentials'>,
    private readonly timeoutMs: number,
  ) {
    super(authentication.options, authentication.credentials);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const inner = super.createConnectorFactory(claimsIdentity);
    return {
      create: async (serviceUrl: string, audience?: string) =>
        withTimeout(withoutRetries(await inner.create(serviceUrl, audience)), this.timeoutMs),
    } as ConnectorFactory;
  }
}

/** Gives every request of this client a timeout (0, the SDK default, means none). */
export function withTimeout<T>(connectorClient: T, timeoutMs: number): T {
  pipelineOf(connectorClient).addPolicy({
    name: 'proactiveTimeout',
    sendRequest: (request, next) => {
      if (!request.timeout) request.timeout = timeoutMs;
      return next(request);
    },
  });
  return connectorClient;
}

export const SDK_RETRY_POLICY = 'defaultRetryPolicy';

/**
 * Removes the retry policy from a ConnectorClient's pipeline. The pipeline is a private field of
 * botbuilder-stdlib's compat ServiceClientContext (botbuilder 4.23); if a future version moves it,
 * this throws at the first send instead of silently retrying twice.
 */
export function withoutRetries<T>(connectorClient: T): T {
  const pipeline = pipelineOf(connectorClient);
  pipeline.removePolicy({ name: SDK_RETRY_POLICY });
  const left = pipeline
    .getOrderedPolicies()
    .map((p) => p.name)
    .filter((name) => /retry/i.test(name));
  if (left.length) throw new Error(`connector client still has retry policies: ${left.join(', ')}`);
  return connectorClient;
}
