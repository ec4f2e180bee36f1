import type { OutboxMessage } from '../store/ports';
import type { OutgoingActivity } from './ports';

/**
 * Turns the messages of one delivery (one, or several coalesced for the same order and recipient)
 * into the activity to send. The notifications feature supplies its own (one compact card listing
 * the events); this default handles plain text and ready-made cards.
 */
export type PayloadRenderer = (messages: readonly OutboxMessage[]) => OutgoingActivity;

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export class UnrenderablePayloadError extends Error {}

export const renderDefault: PayloadRenderer = (messages) => {
  const parts = messages.map((m) => renderOne(m.payload));
  if (parts.length === 1) return parts[0]!;
  const texts = parts.map((p) => p.text).filter((t): t is string => !!t);
  const attachments = parts.flatMap((p) => p.attachments ?? []);
  return {
    type: 'message',
    ...(texts.length ? { text: texts.join('\n\n') } : {}),
    ...(attachments.length ? { attachments, attachmentLayout: 'list' as const } : {}),
  };
};

function renderOne(payload: OutboxMessage['payload']): OutgoingActivity {
  if (payload.kind === 'text' && typeof payload.text === 'string') return { type: 'message', text: payload.text };
  if (payload.kind === 'card' && payload.card && typeof payload.card === 'object') {
    return {
      type: 'message',
      attachments: [{ contentType: ADAPTIVE_CARD, content: payload.card }],
      ...(typeof payload.summary === 'string' ? { summary: payload.summary } : {}),
    };
  }
  throw new UnrenderablePayloadError(`cannot render payload kind "${payload.kind}"`);
}
