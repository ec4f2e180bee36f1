/** The fields a cardholder can say are wrong on their approval card. */
export const DECLINABLE_FIELDS = ['name', 'identity', 'photo', 'company', 'cardType', 'other'] as const;
export type DeclinableField = (typeof DECLINABLE_FIELDS)[number];
