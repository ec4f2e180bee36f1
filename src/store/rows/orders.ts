/** Listing rules both dialects share. */
export const NAMES_PER_ORDER = 5;
export const CLOSED_ORDER = ['cancelled', 'rejected', 'delivered'];
export const CLOSED_ITEM = ['declined', 'expired', 'delivered', 'rejected', 'cancelled'];
