import { z } from 'zod';
import type { Actor, ServiceContext } from '../context';
import { resolveOrderer } from '../people/resolveOrderer';
import type { CartItem } from '../../store/ports';
import { parseInput } from '../parseInput';

/** A complete cardholder draft, as the dialog (or the import) hands it over. */
export const cardholderInput = z.object({
  firstName: z.string().min(1).max(50),
  lastName: z.string().min(1).max(50),
  nationality: z.string().regex(/^[A-Z]{2}$/),
  identityScheme: z.string().min(1),
  identityNumber: z.string().min(1).max(32),
  coordinationNumber: z
    .string()
    .regex(/^\d{12}$/)
    .nullable()
    .default(null),
  dateOfBirth: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  email: z.email(),
  mobile: z.string().regex(/^\+\d{6,15}$/),
  cardType: z.enum(['standard', 'visitor']),
  hasBankId: z.boolean(),
  photoId: z.string().nullable(),
});
export type CardholderInput = z.input<typeof cardholderInput>;

export async function addToCart({
  ctx,
  actor,
  input,
}: {
  ctx: ServiceContext;
  actor: Actor;
  input: CardholderInput;
}): Promise<{ item: CartItem; cartSize: number }> {
  const data = parseInput(cardholderInput, input);
  const owner = await resolveOrderer({ ctx, actor });
  const result = await ctx.store.cart.add(owner, { ...data, manualIdVerification: !data.hasBankId });
  ctx.log.info(
    { event: 'cart.added', itemId: result.item.id, companyId: owner.companyId, ordererId: owner.ordererId, cartSize: result.cartSize },
    'cardholder added to cart',
  );
  return result;
}
