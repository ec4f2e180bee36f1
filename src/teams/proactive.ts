import { CloudAdapter, TurnContext, type Activity, type ConversationParameters, type ConversationReference } from 'botbuilder';
import type {
  ConversationAddress,
  CreateResult,
  OutgoingActivity,
  PersonalConversationTarget,
  ProactiveSender,
  SendResult,
} from '../notify/ports';
import { toSendFailure } from './sendFailure';
import { SingleAttemptAuthentication } from './singleAttempt';
import type { BotAuthentication } from './botAuthentication';

interface ConversationsApi {
  sendToConversation(conversationId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
  updateActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<{ id?: string }>;
}

export interface ProactiveOptions {
  /** MicrosoftAppId; empty in local mode (anonymous, like the inbound adapter). */
  appId: string;
  /** The inbound adapter's endpoints and credentials (createBotAuthentication). */
  authentication: Pick<BotAuthentication, 'options' | 'credentials'>;
  now?: () => number;
  /** Per HTTP request; well under the outbox lease (2 min), so a hung call cannot be sent twice. */
  timeoutMs?: number;
}

/**
 * The ProactiveSender over botbuilder's CloudAdapter. Its own adapter, with single-attempt
 * connector clients (see SingleAttemptAuthentication): the outbox worker owns retries.
 * Messages go out with `sendToConversation`, not as replies: a continuation turn carries a random
 * activity id that `sendActivity` would turn into a `replyToId` (a thread reply in a channel).
 */
export class BotFrameworkProactiveSender implements ProactiveSender {
  private readonly adapter: CloudAdapter;
  private readonly now: () => number;

  constructor(private readonly opts: ProactiveOptions) {
    this.adapter = new CloudAdapter(new SingleAttemptAuthentication(opts.authentication, opts.timeoutMs ?? 30_000));
    this.now = opts.now ?? Date.now;
  }

  send(address: ConversationAddress, activity: OutgoingActivity): Promise<SendResult> {
    return this.call(address, async (api, ref) => {
      const response = await api.sendToConversation(ref.conversation.id, outgoing(activity, ref));
      return response.id ?? '';
    });
  }

  update(address: ConversationAddress, activityId: string, activity: OutgoingActivity): Promise<SendResult> {
    return this.call(address, async (api, ref) => {
      await api.updateActivity(ref.conversation.id, activityId, { ...outgoing(activity, ref), id: activityId });
      return activityId;
    });
  }

  async createPersonalConversation(target: PersonalConversationTarget): Promise<CreateResult> {
    const member = target.teamsUserId ?? target.aadObjectId;
    if (!member)
      return {
        ok: false,
        failure: { status: null, code: 'NoMemberId', retryAfterMs: null, message: 'neither a Teams user id nor an aadObjectId' },
      };
    const parameters = {
      isGroup: false,
      bot: { id: `28:${this.opts.appId}` },
      members: [{ id: member }],
      tenantId: target.tenantId,
      // Teams needs the tenant here too, or answers 400/403 (botbuilder-dotnet#1203).
      channelData: { tenant: { id: target.tenantId } },
    } as unknown as ConversationParameters;
    let address: ConversationAddress | undefined;
    try {
      // Audience null: the default Bot Framework scope (an empty string would be used as the scope).
      await this.adapter.createConversationAsync(
        this.opts.appId,
        'msteams',
        target.serviceUrl,
        null as unknown as string,
        parameters,
        async (context) => {
          const ref = TurnContext.getConversationReference(context.activity);
          const { activityId: _created, ...reference } = ref;
          address = {
            conversationId: ref.conversation!.id,
            serviceUrl: ref.serviceUrl!,
            tenantId: target.tenantId,
            reference: reference as Record<string, unknown>,
          };
        },
      );
    } catch (err) {
      return { ok: false, failure: toSendFailure(err, this.now()) };
    }
    return address
      ? { ok: true, address }
      : { ok: false, failure: { status: null, code: 'NoConversation', retryAfterMs: null, message: 'create conversation returned no id' } };
  }

  private async call(
    address: ConversationAddress,
    work: (api: ConversationsApi, ref: ConversationReference) => Promise<string>,
  ): Promise<SendResult> {
    const ref = { ...address.reference, serviceUrl: address.serviceUrl } as unknown as ConversationReference;
    let activityId: string | undefined;
    try {
      await this.adapter.continueConversationAsync(this.opts.appId, ref, async (context) => {
        const client = context.turnState.get(this.adapter.ConnectorClientKey) as { conversations: ConversationsApi };
        activityId = await work(client.conversations, ref);
      });
    } catch (err) {
      return { ok: false, failure: toSendFailure(err, this.now()) };
    }
    return { ok: true, activityId: activityId ?? '' };
  }
}

function outgoing(activity: OutgoingActivity, ref: ConversationReference): Partial<Activity> {
  const filled = TurnContext.applyConversationReference({ type: 'message', ...activity } as Partial<Activity>, ref);
  delete filled.replyToId;
  return filled;
}
