import type { CheckoutOptions } from '../../src/services/checkout/checkoutOptions';
import { chosenDelivery, type CheckoutDraft, type CheckoutStep } from './draft';

/** The parts of a checkout, in order; each question (an address has several) belongs to one. */
const PARTS = ['delivery', 'address', 'recipients', 'expenseCode', 'invoice', 'terms'] as const;
type Part = (typeof PARTS)[number];

const partOf = (step: CheckoutStep): Part =>
  step.startsWith('address') ? 'address' : step.startsWith('recipient') ? 'recipients' : (step as Part);

/**
 * "Step 2 of 5": only the parts this checkout asks. A single delivery option or invoice address
 * is filled in without a question; a pick-up has no delivery address (before the delivery is
 * chosen, the address counts when any option delivers to one).
 */
export function checkoutProgress(step: CheckoutStep, draft: CheckoutDraft, options: CheckoutOptions): { number: number; total: number } {
  const delivery = chosenDelivery(draft, options);
  const asksAddress = delivery ? delivery.kind === 'address' : options.deliveryOptions.some((o) => o.kind === 'address');
  const parts = PARTS.filter((part) => {
    if (part === 'delivery') return options.deliveryOptions.length > 1;
    if (part === 'address') return asksAddress;
    if (part === 'invoice') return options.invoiceAddresses.length > 1;
    return true;
  });
  return { number: parts.indexOf(partOf(step)) + 1, total: parts.length };
}
