import { HANDED_OVER_STATES } from '../../domain/lifecycle/states';

/** Listing rules both dialects share. */
export const NAMES_PER_ORDER = 5;
export const CLOSED_ORDER = ['cancelled', 'rejected', 'delivered'];
/** A handed-over card (delivered, then active, blocked, ended ...) no longer holds an order open: renewing one is no duplicate. */
export const CLOSED_ITEM = ['declined', 'expired', 'rejected', 'cancelled', ...HANDED_OVER_STATES];
