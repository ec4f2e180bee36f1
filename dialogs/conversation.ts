import type { DialogContext } from 'botbuilder-dialogs';
import type { ChatTurn } from '../src/chat/turn';
import type { InvokeReply } from '../src/chat/invokeReply';
import type { DialogInput } from './newCard/cardAction';

/**
 * What the edge calls on a running dialog. Each call gets the turn as a value and returns what the
 * click is answered with (a card replacing the clicked one, a message), or nothing for typed turns.
 * botbuilder's `continueDialog`/`repromptDialog` are not used: they carry only the turn context.
 */
export interface ConversationDialog {
  readonly id: string;
  answer(dc: DialogContext, turn: ChatTurn, input: DialogInput): Promise<InvokeReply | undefined>;
  reprompt(dc: DialogContext, turn: ChatTurn): Promise<void>;
  /** `back` (typed or the Back button): the previous question again, showing its current answer. */
  back(dc: DialogContext, turn: ChatTurn): Promise<InvokeReply | undefined>;
  /** The dialog is being left (cancel, a new command): close what it holds outside dialog state. */
  leave?(dc: DialogContext, turn: ChatTurn): Promise<void>;
}

export function isConversationDialog(dialog: unknown): dialog is ConversationDialog {
  return typeof (dialog as ConversationDialog | undefined)?.answer === 'function';
}
