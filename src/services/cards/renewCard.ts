import { z } from 'zod';
import { inRenewalWindow } from '../../domain/lifecycle/validity';
import type { ItemState } from '../../domain/lifecycle/states';
import type { CartItemInput } from '../../store/ports';
import type { Actor, ServiceContext } from '../context';
import { parseInput } from '../parseInput';
import { cardActor, cardPortsOf, DAY_MS, loadCard, nameOf } from './cardScope';

export const renewCardInput = z.object({ itemId: z.string().min(1).max(64), why: z.enum(['renew', 'replace']) });

export type RenewResult =
  | { kind: 'added'; name: string; cartSize: number }
  | { kind: 'in_cart'; name: string }
  | { kind: 'ordered'; name: string; orderNumbers: string[] }
  | { kind: 'not_yet'; name: string; validUntil: Date; from: Date }
  | { kind: 'not_possible'; state: ItemState }
  | { kind: 'erased' }
  | { kind: 'not_orderer' };

/** Renew: an active card in its renewal window, or one past its date. Replace: a blocked (lost, stolen) or ended card. */
const FROM: Record<'renew' | 'replace', readonly ItemState[]> = {
  renew: ['card_active', 'card_lapsed'],
  replace: ['card_blocked', 'card_ended'],
};

/**
 * Renew or replace a card in use: a cart item in the person's cart, filled in from the card, WITHOUT
 * the old photo (a fresh one is taken and checked: the cart says "photo needed", as after an import),
 * linked to the old card (`replacesItemId`), so activating the new card supersedes the old one.
 * Nothing is written when a renewal is already in a cart or ordered (a double click adds one).
 */
export async function renewCard({ ctx, actor, input }: { ctx: ServiceContext; actor: Actor; input: unknown }): Promise<RenewResult> {
  const { itemId, why } = parseInput(renewCardInput, input);
  const card = await loadCard(ctx, itemId);
  const { order, ...item } = card;
  await cardActor({ ctx, actor }, card);
  const name = nameOf(item);
  if (!FROM[why].includes(item.status)) return { kind: 'not_possible', state: item.status };
  const { renewalWindowDays } = cardPortsOf(ctx).timing;
  if (
    why === 'renew' &&
    item.status === 'card_active' &&
    item.validUntil &&
    !inRenewalWindow(item.validUntil, ctx.now(), renewalWindowDays)
  ) {
    return { kind: 'not_yet', name, validUntil: item.validUntil, from: new Date(item.validUntil.getTime() - renewalWindowDays * DAY_MS) };
  }
  if (item.identityErasedAt) return { kind: 'erased' };
  const roles = await ctx.store.companies.rolesOf(actor.personId);
  if (!roles.some((r) => r.company.id === order.companyId && r.role === 'orderer')) return { kind: 'not_orderer' };
  const existing = (await ctx.store.cardsInUse.replacements([itemId])).get(itemId);
  if (existing?.inCart) return { kind: 'in_cart', name };
  if (existing?.orderNumbers.length) return { kind: 'ordered', name, orderNumbers: existing.orderNumbers };

  const draft: CartItemInput = {
    firstName: item.firstName,
    lastName: item.lastName,
    nationality: item.nationality,
    identityScheme: item.identityScheme,
    identityNumber: item.identityNumber,
    coordinationNumber: item.coordinationNumber,
    dateOfBirth: item.dateOfBirth,
    email: item.email,
    mobile: item.mobile,
    cardType: item.cardType,
    hasBankId: item.hasBankId,
    manualIdVerification: item.manualIdVerification,
    photoId: null,
    photoFailure: null,
    replacesItemId: item.id,
  };
  const owner = { companyId: order.companyId, ordererId: actor.personId };
  const { item: added, cartSize } = await ctx.store.cart.add(owner, draft);
  ctx.log.info({ event: `card.${why}`, itemId, cartItemId: added.id, companyId: order.companyId }, 'renewal in the cart');
  return { kind: 'added', name, cartSize };
}
