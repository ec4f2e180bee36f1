import { z } from 'zod';
import { orderTotals } from '../../domain/checkout/money';
import { formatOrderNumber, orderYear } from '../../domain/checkout/orderNumber';
import type { CartVersionEntry, Order } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { ValidationFailedError } from '../errors';
import { resolveOrderer, type Orderer } from '../people/resolveOrderer';
import { viewCartOf, type CartLine, type CartView } from '../cart/viewCart';
import { checkoutOptionsFor, type CheckoutOptions } from './checkoutOptions';
import type { CheckoutSummary } from './summariseCheckout';
import { submissionEffects } from '../lifecycle/submission';
import { auditRecord } from '../../domain/lifecycle/audit';
import { cartMatches } from '../../store/placementCheck';
import { draftOrder } from './orderDraft';
import { parseInput } from '../parseInput';

const line = z.string().trim().min(1).max(60);
const postalAddress = z.object({
  name: line,
  careOf: line.nullable(),
  street: line,
  postalCode: z.string().regex(/^[1-9]\d{2} \d{2}$/),
  city: z.string().trim().min(1).max(40),
});

/** The checkout answers as the dialog collected them; checked again here, whoever calls. */
export const placeOrderInput = z.object({
  checkoutId: z.uuid(),
  deliveryOptionId: z.string().min(1).max(100),
  /** Typed in this checkout, or one of the company's saved addresses (resolved here, from the options read once). */
  deliveryAddress: z.union([postalAddress, z.object({ savedId: z.string().min(1).max(100) })]).nullable(),
  saveAddress: z.boolean(),
  recipients: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(50),
        mobile: z.string().regex(/^\+\d{6,15}$/),
      }),
    )
    .min(1)
    .max(5),
  expenseCode: z.string().trim().min(1).max(30).nullable(),
  invoiceAddressId: z.string().min(1).max(100),
  /** The terms version the orderer accepted; must still be the company's current one. */
  acceptedTermsVersion: z.string().min(1).max(100),
});
export type PlaceOrderRequest = z.input<typeof placeOrderInput>;

export type PlaceOrderOutcome =
  | { kind: 'placed'; order: Order }
  | { kind: 'already_placed'; order: Order }
  | { kind: 'ordered_elsewhere'; order: Order }
  | { kind: 'cart_changed' }
  | { kind: 'blocked'; lines: CartLine[] }
  | { kind: 'terms_changed' }
  | { kind: 'settings_changed' }
  | { kind: 'not_open' };

/** What the orderer confirmed, read once before placing: the reply redraws the summary card from it. */
export type ConfirmedSummary = Extract<CheckoutSummary, { kind: 'open' }>;

export interface ConfirmCheckoutResult {
  outcome: PlaceOrderOutcome;
  /** Absent when the checkout was no longer open (nothing was read beyond it). */
  summary?: ConfirmedSummary;
}

/**
 * Confirm order, the whole click: resolves the orderer, the checkout, the options and the cart
 * ONCE, then one repository transaction yields exactly one order. Returns the outcome with the
 * summary as confirmed, so the reply needs no further reads.
 */
export async function confirmCheckout({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: PlaceOrderRequest;
}): Promise<ConfirmCheckoutResult> {
  const req = parseInput(placeOrderInput, input);
  const owner = await resolveOrderer({ ctx, actor });
  const checkout = await ctx.store.checkouts.get(owner, req.checkoutId);
  if (!checkout) return { outcome: { kind: 'not_open' } };
  if (checkout.status === 'placed' && checkout.orderId) {
    const order = await ctx.store.orders.get(checkout.orderId);
    if (order) return { outcome: { kind: 'already_placed', order } };
  }
  if (checkout.status !== 'open' || !checkout.summaryItems?.length) return { outcome: { kind: 'not_open' } };

  const [options, cart] = await Promise.all([checkoutOptionsFor(ctx, owner), viewCartOf(ctx, owner, { withPricing: false })]);
  const summary: ConfirmedSummary = {
    kind: 'open',
    cart,
    options,
    totals: orderTotals(cart.lines.length, options.settings.pricePerCardOre, options.settings.vatRatePercent),
  };
  const outcome = await place(ctx, actor, owner, req, checkout.summaryItems, options, cart);
  return { outcome, summary };
}

function deliveryAddressOf(req: z.output<typeof placeOrderInput>, options: CheckoutOptions) {
  const chosen = req.deliveryAddress;
  if (!chosen || !('savedId' in chosen)) return chosen;
  const saved = options.deliveryAddresses.find((a) => a.id === chosen.savedId);
  return saved && { name: saved.name, careOf: saved.careOf, street: saved.street, postalCode: saved.postalCode, city: saved.city };
}

async function place(
  ctx: ServiceContext,
  actor: Actor,
  owner: Orderer,
  req: z.output<typeof placeOrderInput>,
  summaryItems: CartVersionEntry[],
  options: CheckoutOptions,
  cart: CartView,
): Promise<PlaceOrderOutcome> {
  if (req.acceptedTermsVersion !== options.settings.termsVersion) return { kind: 'terms_changed' };
  const delivery = options.deliveryOptions.find((o) => o.id === req.deliveryOptionId);
  const invoice = options.invoiceAddresses.find((a) => a.id === req.invoiceAddressId);
  const deliveryAddress = delivery?.kind === 'address' ? deliveryAddressOf(req, options) : null;
  // A saved address removed since it was chosen is a settings change, like a removed option.
  if (!delivery || !invoice || deliveryAddress === undefined) return { kind: 'settings_changed' };
  if (delivery.kind === 'address' && !deliveryAddress)
    throw new ValidationFailedError(['deliveryAddress: required for delivery to an address']);
  if (cart.blocked.length > 0) return { kind: 'blocked', lines: cart.blocked };

  const at = ctx.now();
  const year = orderYear(at);
  const { netOre, vatOre, grossOre, pricePerCardOre, vatRatePercent } = orderTotals(
    summaryItems.length,
    options.settings.pricePerCardOre,
    options.settings.vatRatePercent,
  );
  const { name: _n, careOf, street, postalCode, city } = invoice;
  const items = cart.lines.map((l) => l.item);
  // A cart that no longer matches the summary is refused by the store (which tells whether another
  // checkout took the items) before anything is written, so it does not use up an order number.
  const matches = cartMatches(
    items,
    summaryItems,
    items.map((i) => ({ cartItemId: i.id })),
  );
  const number = matches ? formatOrderNumber(year, await ctx.store.orders.reserveNumber(year)) : 'not-placed';
  const { order, items: copies } = draftOrder({
    number,
    checkoutId: req.checkoutId,
    owner,
    cart: items,
    delivery: {
      optionId: delivery.id,
      kind: delivery.kind,
      title: `${delivery.title.en}: ${delivery.description.en}`,
      address: deliveryAddress,
    },
    recipients: req.recipients,
    invoiceAddress: { name: invoice.name, careOf, street, postalCode, city },
    expenseCode: req.expenseCode,
    termsVersion: req.acceptedTermsVersion,
    totals: { pricePerCardOre, vatRatePercent, netOre, vatOre, grossOre },
    at,
  });
  const submitted = auditRecord({
    subject: { type: 'order', id: order.id },
    who: { kind: 'orderer', personId: actor.personId },
    when: at,
    what: 'order.submit',
    from: null,
    to: 'submitted',
    details: { number: order.number, itemCount: String(copies.length) },
  });
  const outbox = matches
    ? await submissionEffects(
        ctx,
        { owner, company: owner.company, findings: new Map(cart.lines.map((l) => [l.item.photoId ?? '', l.findings])) },
        order,
        copies,
      )
    : [];
  const result = await ctx.store.orders.place({
    checkoutId: req.checkoutId,
    owner,
    order,
    items: copies,
    saveDeliveryAddress: req.saveAddress,
    effects: { audit: [submitted], outbox },
  });
  const orderId = 'order' in result ? result.order.id : undefined;
  ctx.log.info(
    {
      event: `order.${result.kind}`,
      checkoutId: req.checkoutId,
      orderId,
      ordererId: owner.ordererId,
    },
    'order confirmation',
  );
  return result;
}
