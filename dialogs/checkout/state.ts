import type { DialogContext } from 'botbuilder-dialogs';
import type { ChatTurn } from '../../src/chat/turn';
import type { InvokeReply } from '../../src/chat/invokeReply';
import type { CheckoutOptions } from '../../src/services/checkout/checkoutOptions';
import type { ConfirmCheckoutResult, PlaceOrderRequest } from '../../src/services/checkout/confirmCheckout';
import type { CheckoutSummary } from '../../src/services/checkout/summariseCheckout';
import type { CheckoutDraft, CheckoutStep } from './draft';
import type { StepEnv } from './steps';

export const CHECKOUT_DIALOG = 'checkout';

/** Services behind small functions; the composition root binds them to the turn's person. */
export interface CheckoutDeps {
  options(turn: ChatTurn): Promise<CheckoutOptions>;
  summarise(turn: ChatTurn, checkoutId: string, record: boolean): Promise<CheckoutSummary>;
  /** Confirm order: one service call that reads what it needs once and returns the summary as confirmed. */
  confirm(turn: ChatTurn, request: PlaceOrderRequest): Promise<ConfirmCheckoutResult>;
  cancel(turn: ChatTurn, checkoutId: string): Promise<void>;
}

export interface CheckoutBegin {
  turn: ChatTurn;
  checkoutId: string;
  ordererName: string | null;
}

/** The step environment of one turn, with the turn itself for the services. */
export interface CheckoutEnv extends StepEnv {
  turn: ChatTurn;
}

/** The turn's language and person before the options are read (a Confirm click reads them in its service). */
export type CheckoutTurn = Omit<CheckoutEnv, 'options'>;

export interface CheckoutState {
  checkoutId: string;
  draft: CheckoutDraft;
  asking: CheckoutStep | 'summary' | 'editPick';
  misses: number;
  /** Changes with every question and summary, so a click on an older card is refused. */
  nonce: string;
  summaryActivityId?: string;
  ordererName: string | null;
  /** The draft before each answer, newest last, with the answer as shown: *Back* undoes the last one. */
  history?: { before: CheckoutDraft; answer: string }[];
  /** The answer the question being asked again had (after *Back*), shown with it. */
  previousAnswer?: string;
}

/** What the confirm step needs from the dialog around it. */
export interface CheckoutMoves {
  /** Sends a fresh summary (recording what it shows); false when the checkout can no longer go on. */
  sendSummary(state: CheckoutState, env: CheckoutEnv): Promise<boolean>;
  advance(dc: DialogContext, state: CheckoutState, env: CheckoutEnv): Promise<InvokeReply | undefined>;
}
