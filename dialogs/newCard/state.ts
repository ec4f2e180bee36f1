import type { DialogInstance } from 'botbuilder-dialogs';
import type { Draft, FieldId, PhotoDraft } from './draft';

export const NEW_CARD_DIALOG = 'newCard';

/** What the dialog is waiting for: a field, the findings decision, the summary or the edit pick. */
export type Asking = FieldId | 'photoFindings' | 'summary' | 'editPick';

/** The new-card dialog's state, saved after every turn (dialog state only, never a table). */
export interface NewCardState {
  draft: Draft;
  asking: Asking;
  misses: number;
  nonce: string;
  summaryActivityId?: string;
  /** Countries suggested for a near-miss nationality, so "yes" can accept a single one. */
  suggestions?: string[];
  /** A received photo with soft findings, until the user chooses "use anyway" or "try another". */
  pendingPhoto?: PhotoDraft;
  /** Editing this cart item: nothing changes in the cart until "Save changes". */
  editItemId?: string;
}

/** Whether this dialog instance is asking for the photo with the question that carried `nonce`. */
export function isAwaitingPhoto(instance: DialogInstance | undefined, nonce: string): boolean {
  if (instance?.id !== NEW_CARD_DIALOG) return false;
  const state = instance.state as NewCardState;
  return state.asking === 'photo' && state.nonce === nonce;
}
