import { z } from 'zod';
import { DECLINABLE_FIELDS } from '../src/domain/lifecycle/declinable';

/**
 * The one verb table: every `Action.Execute` verb the cards name, each with the zod schema of
 * its `data`. The router parses the data with it before a handler runs (a click that does not
 * parse is answered "could not read that button"), and each verb has exactly one route.
 * Teams merges a card's inputs into `data`, so the schemas strip what they do not name.
 */
const id = z.string().min(1).max(64);
const page = z.coerce.number().int().min(1).max(10_000).optional();
const text = z.string().max(2000).optional();
/** Dialog cards carry the nonce of the question they answer, so an older card is refused. */
const dialogCard = z.object({ nonce: id, answer: z.string().max(200).optional() });
const summaryCard = z.object({ checkoutId: id, nonce: id });
const member = z.object({
  companyId: id,
  email: z.string().max(254).optional(),
  role: z.enum(['orderer', 'manager', 'admin']).catch('orderer'),
});
const cardholder = z.object({ companyId: id, cardholderEmail: z.string().max(254).optional(), cardholder: z.string().max(254).optional() });
const importJob = z.object({ jobId: z.string().uuid() });

export const VERBS = {
  'command.run': z.object({ command: z.string().max(40) }),
  'dialog.answer': dialogCard,
  'newcard.add': dialogCard,
  'newcard.edit': dialogCard,
  'newcard.cancel': dialogCard,
  'cart.show': z.object({ page }),
  'cart.remove': z.object({ itemId: id, page }),
  'cart.edit': z.object({ itemId: id, page }),
  'cart.empty': z.object({}),
  'cart.emptyConfirm': z.object({ version: id }),
  'checkout.start': z.object({}),
  'order.confirm': summaryCard,
  'checkout.edit': summaryCard,
  'checkout.cancel': summaryCard,
  'approval.decide': z.object({
    itemId: id,
    round: z.coerce.number().int().min(1),
    decision: z.enum(['approve', 'decline']),
    field: z.enum(DECLINABLE_FIELDS).optional().catch(undefined),
    reason: text,
  }),
  'approval.resend': z.object({
    itemId: id,
    round: z.coerce.number().int().min(0),
    mode: z.enum(['same', 'edit']),
    firstName: text,
    lastName: text,
    email: text,
    via: z.enum(['teams', 'email', '']).optional(),
  }),
  'review.decide': z.object({ orderId: id, decision: z.enum(['approve', 'reject']), reason: text }),
  'review.rejectItem': z.object({ orderId: id, itemId: z.string().max(64).optional(), reason: text }),
  'review.card': z.object({ itemId: id, round: z.coerce.number().int().min(0) }),
  // Open order (orders list, notifications): the order's card as a new message.
  'order.show': z.object({ number: z.string().min(1).max(40) }),
  // The reason comes from the card's one reason box (Teams merges inputs into data).
  'order.cancel': z.object({ orderId: id, itemId: id.optional(), number: z.string().min(1).max(40), cancelReason: text }),
  'fulfil.step': z
    .object({ itemId: id, step: z.enum(['produce', 'ship', 'deliver', 'activate']), number: z.string().min(1).max(40) })
    .passthrough(),
  'admin.grant': member,
  'admin.revoke': member,
  'admin.subscribe': z.object({ companyId: id }),
  'admin.show': z.object({ switchTo: id }),
  // A cardholder's rights: the e-mail comes from the card's input, or (confirming) from the action.
  'rights.export': cardholder,
  'rights.erase': cardholder,
  'rights.eraseConfirm': cardholder,
  // Cards in use: the search box's text arrives merged into data; End asks once, then confirms with an optional reason.
  'cards.search': z.object({ query: z.string().max(100).optional() }),
  'cards.block': z.object({ itemId: id }),
  'cards.end': z.object({ itemId: id, confirm: z.literal(true).optional().catch(undefined), endReason: text }),
  'cards.keep': z.object({ itemId: id }),
  'cards.renew': z.object({ itemId: id, why: z.enum(['renew', 'replace']) }),
  'import.confirm': importJob,
  'import.discard': importJob,
} as const satisfies Record<string, z.ZodType>;

export type Verb = keyof typeof VERBS;
export type VerbData<V extends Verb> = z.infer<(typeof VERBS)[V]>;

/** A parsed click: the verb and its data, narrowed together by `verb`. */
export type CardAction<V extends Verb = Verb> = { [K in V]: { verb: K; data: VerbData<K> } }[V];

export const isVerb = (verb: string): verb is Verb => Object.hasOwn(VERBS, verb);

/** The verb and data of an `adaptiveCard/action` value; why not, for the log, when they do not parse. */
export function parseCardAction(value: unknown): { ok: true; action: CardAction } | { ok: false; reason: string } {
  const action = (value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const verb = typeof action?.verb === 'string' ? action.verb : '';
  if (!isVerb(verb)) return { ok: false, reason: `unknown verb ${JSON.stringify(verb.slice(0, 40))}` };
  const parsed = VERBS[verb].safeParse(action?.data ?? {});
  if (!parsed.success)
    return { ok: false, reason: `${verb}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'data'} ${i.code}`).join(', ')}` };
  return { ok: true, action: { verb, data: parsed.data } as CardAction };
}
