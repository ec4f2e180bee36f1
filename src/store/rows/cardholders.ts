import { randomUUID } from 'node:crypto';
import { HANDED_OVER_STATES, type ItemState, type OrderState } from '../../domain/lifecycle/states';

/** Items whose card is done with (made and delivered, or never to be made): their data may go. */
export const ENDED_ITEM_STATES: readonly ItemState[] = ['rejected', 'cancelled', ...HANDED_OVER_STATES];
/** A rejected or cancelled order ends all its items, whatever their own state says. */
export const ENDED_ORDER_STATES: readonly OrderState[] = ['rejected', 'cancelled'];

export const hasEnded = (itemStatus: string, orderStatus: string) =>
  ENDED_ITEM_STATES.includes(itemStatus as ItemState) || ENDED_ORDER_STATES.includes(orderStatus as OrderState);

export const normalEmail = (email: string) => email.trim().toLowerCase();

/** What erasure leaves of an ended order item besides the masked numbers: names, statuses, dates. */
export const erasedContact = (at: Date) => ({ email: '', mobile: '', dateOfBirth: null, photoErasedAt: at });

export const newRequestId = () => randomUUID();
