import type { Activity } from 'botbuilder';
import type { CardAction } from '../../cards/verbs';

/** What every dialog card (question, summary) carries: the nonce of the question, and the answer of a button. */
export interface CardActionData {
  nonce: string;
  answer?: string;
}

export type DialogInput =
  | { kind: 'message'; text: string; hasAttachments: boolean }
  | { kind: 'action'; verb: string; data: CardActionData }
  | { kind: 'event'; name: string; value: unknown };

/** A card click the router already parsed with the verb table, as a dialog's input. */
export function clickInput(action: CardAction): DialogInput {
  const data = action.data as Partial<CardActionData>;
  return {
    kind: 'action',
    verb: action.verb,
    data: { nonce: data.nonce ?? '', ...(data.answer !== undefined ? { answer: data.answer } : {}) },
  };
}

/** Reads a typed message or an event for the dialog (clicks come parsed, through `clickInput`). */
export function readTurnInput(activity: Activity, text: string): DialogInput {
  if (activity.type === 'event') return { kind: 'event', name: activity.name ?? '', value: activity.value };
  return { kind: 'message', text, hasAttachments: (activity.attachments ?? []).some((a) => a.contentType !== 'text/html') };
}
