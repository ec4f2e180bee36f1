import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { CheckoutOptions } from '../../src/services/checkout/checkoutOptions';
import type { PlaceOrderOutcome, PlaceOrderRequest } from '../../src/services/checkout/placeOrder';
import type { CheckoutSummary } from '../../src/services/checkout/summariseCheckout';
import type { CheckoutDraft, CheckoutStep } from './draft';
import type { StepEnv } from './steps';

export const CHECKOUT_DIALOG = 'checkout';

/** Services behind small functions; the composition root binds them to the turn's person. */
export interface CheckoutDeps {
  options(context: TurnContext): Promise<CheckoutOptions>;
  summarise(context: TurnContext, checkoutId: string, record: boolean): Promise<CheckoutSummary>;
  place(context: TurnContext, request: PlaceOrderRequest): Promise<PlaceOrderOutcome>;
  cancel(context: TurnContext, checkoutId: string): Promise<void>;
}

export interface CheckoutBegin {
  checkoutId: string;
  ordererName: string | null;
}

export interface CheckoutState {
  checkoutId: string;
  draft: CheckoutDraft;
  asking: CheckoutStep | 'summary' | 'editPick';
  misses: number;
  /** Changes with every question and summary, so a click on an older card is refused. */
  nonce: string;
  summaryActivityId?: string;
  ordererName: string | null;
}

/** What the confirm step needs from the dialog around it. */
export interface CheckoutMoves {
  /** Sends a fresh summary (recording what it shows); false when the checkout can no longer go on. */
  sendSummary(context: TurnContext, state: CheckoutState, env: StepEnv): Promise<boolean>;
  advance(dc: DialogContext, state: CheckoutState, env: StepEnv): Promise<DialogTurnResult>;
}
