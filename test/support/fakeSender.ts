import type {
  ConversationAddress,
  CreateResult,
  OutgoingActivity,
  PersonalConversationTarget,
  ProactiveSender,
  SendFailure,
  SendResult,
} from '../../src/notify/ports';

export interface SenderCall {
  op: 'send' | 'update' | 'create';
  conversationId: string;
  activity?: OutgoingActivity;
  activityId?: string;
  target?: PersonalConversationTarget;
  at: number;
  ok: boolean;
}

/** An in-memory ProactiveSender: records every call with the (fake) time, fails as scripted. */
export class FakeSender implements ProactiveSender {
  readonly calls: SenderCall[] = [];
  /** Failures for the next calls, in order; `undefined` entries succeed. */
  readonly script: (Partial<SendFailure> | undefined)[] = [];
  private nextId = 1;

  constructor(private readonly now: () => number) {}

  get delivered(): SenderCall[] {
    return this.calls.filter((c) => c.ok && c.op !== 'create');
  }

  async send(address: ConversationAddress, activity: OutgoingActivity): Promise<SendResult> {
    return this.answer({ op: 'send', conversationId: address.conversationId, activity });
  }

  async update(address: ConversationAddress, activityId: string, activity: OutgoingActivity): Promise<SendResult> {
    return this.answer({ op: 'update', conversationId: address.conversationId, activity, activityId });
  }

  async createPersonalConversation(target: PersonalConversationTarget): Promise<CreateResult> {
    const result = this.answer({ op: 'create', conversationId: '', target });
    if (!result.ok) return result;
    const conversationId = `a:created-${result.activityId}`;
    this.calls.at(-1)!.conversationId = conversationId;
    return {
      ok: true,
      address: {
        conversationId,
        serviceUrl: target.serviceUrl,
        tenantId: target.tenantId,
        reference: { conversation: { id: conversationId }, serviceUrl: target.serviceUrl },
      },
    };
  }

  private answer(call: Omit<SenderCall, 'at' | 'ok'>): SendResult {
    const scripted = this.script.shift();
    this.calls.push({ ...call, at: this.now(), ok: !scripted });
    if (scripted) return { ok: false, failure: { status: null, code: null, retryAfterMs: null, message: 'scripted', ...scripted } };
    return { ok: true, activityId: call.activityId ?? `act-${this.nextId++}` };
  }
}
