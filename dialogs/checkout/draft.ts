import type { PostalAddress } from '../../src/domain/checkout/address';
import type { CheckoutOptions } from '../../src/services/checkout/checkoutOptions';

export const MAX_RECIPIENTS = 5;

export interface RecipientDraft {
  name: string;
  mobile: string;
}

/** The checkout answers so far (dialog state only; the cart itself stays in its table). */
export interface CheckoutDraft {
  deliveryOptionId?: string;
  /** A saved address of the company, or one typed in this checkout. */
  address?: { savedId: string } | { typed: PostalAddress; save: boolean };
  /** A new address being typed, field by field; `careOf: null` means "no c/o". */
  newAddress?: Partial<PostalAddress>;
  recipients: RecipientDraft[];
  recipientsDone?: boolean;
  /** A recipient whose mobile (and maybe name) is still to come. */
  pendingRecipient?: { name?: string };
  /** null: no expense code. */
  expenseCode?: string | null;
  invoiceAddressId?: string;
  acceptedTermsVersion?: string;
}

export type CheckoutStep =
  | 'delivery'
  | 'address'
  | 'address.name'
  | 'address.careOf'
  | 'address.street'
  | 'address.postalCode'
  | 'address.city'
  | 'address.save'
  | 'recipient'
  | 'recipient.name'
  | 'recipient.mobile'
  | 'recipient.more'
  | 'expenseCode'
  | 'invoice'
  | 'terms';

/** Parts the orderer can go back to from the summary. */
export type EditablePart = 'delivery' | 'address' | 'recipients' | 'expenseCode' | 'invoice';

const NEW_ADDRESS_FIELDS = ['name', 'careOf', 'street', 'postalCode', 'city'] as const;

export function chosenDelivery(draft: CheckoutDraft, options: CheckoutOptions) {
  return options.deliveryOptions.find((o) => o.id === draft.deliveryOptionId);
}

/** The address the parcel goes to, or undefined (pick-up, or not answered yet). */
export function chosenAddress(draft: CheckoutDraft, options: CheckoutOptions): (PostalAddress & { save: boolean }) | undefined {
  if (chosenDelivery(draft, options)?.kind !== 'address' || !draft.address) return undefined;
  if ('typed' in draft.address) return { ...draft.address.typed, save: draft.address.save };
  const savedId = draft.address.savedId;
  const saved = options.deliveryAddresses.find((a) => a.id === savedId);
  return (
    saved && { name: saved.name, careOf: saved.careOf, street: saved.street, postalCode: saved.postalCode, city: saved.city, save: false }
  );
}

export const chosenInvoice = (draft: CheckoutDraft, options: CheckoutOptions) =>
  options.invoiceAddresses.find((a) => a.id === draft.invoiceAddressId);

/** Answers that need no question: the only delivery option, the only invoice address, straight to a new address when none is saved. */
export function autoFill(draft: CheckoutDraft, options: CheckoutOptions): CheckoutDraft {
  const next = { ...draft };
  if (!chosenDelivery(next, options) && options.deliveryOptions.length === 1) next.deliveryOptionId = options.deliveryOptions[0]!.id;
  if (chosenDelivery(next, options)?.kind === 'address' && !next.address && !next.newAddress && options.deliveryAddresses.length === 0)
    next.newAddress = {};
  if (!chosenInvoice(next, options) && options.invoiceAddresses.length === 1) next.invoiceAddressId = options.invoiceAddresses[0]!.id;
  return next;
}

/** The next question, in the order of the issuer's checkout; undefined when the summary can be shown. */
export function nextStep(draft: CheckoutDraft, options: CheckoutOptions): CheckoutStep | undefined {
  const delivery = chosenDelivery(draft, options);
  if (!delivery) return 'delivery';
  if (delivery.kind === 'address' && !chosenAddress(draft, options)) {
    if (!draft.newAddress) return 'address';
    const missing = NEW_ADDRESS_FIELDS.find((f) => draft.newAddress![f] === undefined);
    return missing ? `address.${missing}` : 'address.save';
  }
  if (!draft.recipientsDone) {
    if (draft.pendingRecipient) return draft.pendingRecipient.name ? 'recipient.mobile' : 'recipient.name';
    return draft.recipients.length === 0 ? 'recipient' : 'recipient.more';
  }
  if (draft.expenseCode === undefined) return 'expenseCode';
  if (!chosenInvoice(draft, options)) return 'invoice';
  if (draft.acceptedTermsVersion !== options.settings.termsVersion) return 'terms';
  return undefined;
}

export function editableParts(draft: CheckoutDraft, options: CheckoutOptions): EditablePart[] {
  return [
    ...(options.deliveryOptions.length > 1 ? (['delivery'] as const) : []),
    ...(chosenDelivery(draft, options)?.kind === 'address' ? (['address'] as const) : []),
    'recipients',
    'expenseCode',
    ...(options.invoiceAddresses.length > 1 ? (['invoice'] as const) : []),
  ];
}

/** Clears one part so it is asked again; everything else is kept. */
export function clearForEdit(draft: CheckoutDraft, part: EditablePart): CheckoutDraft {
  const next = { ...draft };
  switch (part) {
    case 'delivery':
      delete next.deliveryOptionId;
      break;
    case 'address':
      delete next.address;
      delete next.newAddress;
      break;
    case 'recipients':
      next.recipients = [];
      delete next.recipientsDone;
      delete next.pendingRecipient;
      break;
    case 'expenseCode':
      delete next.expenseCode;
      break;
    case 'invoice':
      delete next.invoiceAddressId;
      break;
  }
  return next;
}
