import type { Activity } from 'botbuilder';
import type { z } from 'zod';
import { VERBS } from '../../cards/verbs';

/** The data of every dialog card (question, summary): one schema, from the verb table. */
const actionData = VERBS['dialog.answer'];
export type CardActionData = z.infer<typeof actionData>;

export type DialogInput =
  | { kind: 'message'; text: string; hasAttachments: boolean }
  | { kind: 'action'; verb: string; data: CardActionData }
  | { kind: 'bad-action'; verb: string }
  | { kind: 'event'; name: string; value: unknown };

/** Reads what arrived for the dialog: typed text, a card button (verb + zod-checked data), or an event. */
export function readDialogInput(activity: Activity, text: string): DialogInput {
  if (activity.type === 'invoke' && activity.name === 'adaptiveCard/action') {
    const action = (activity.value as { action?: { verb?: string; data?: unknown } } | undefined)?.action;
    const verb = action?.verb ?? '';
    const parsed = actionData.safeParse(action?.data);
    return parsed.success ? { kind: 'action', verb, data: parsed.data } : { kind: 'bad-action', verb };
  }
  if (activity.type === 'event') return { kind: 'event', name: activity.name ?? '', value: activity.value };
  return { kind: 'message', text, hasAttachments: (activity.attachments ?? []).some((a) => a.contentType !== 'text/html') };
}
