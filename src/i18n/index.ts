import { bulk } from './catalog/bulk';
import { cart } from './catalog/cart';
import { checkout } from './catalog/checkout';
import { checkoutSummary } from './catalog/checkoutSummary';
import { core } from './catalog/core';
import { identity } from './catalog/identity';
import { newcard } from './catalog/newcard';
import { orders } from './catalog/orders';
import { photo } from './catalog/photo';
import { upload } from './catalog/upload';
import { lifecycle } from './catalog/lifecycle';
import { review } from './catalog/review';
import { approval } from './catalog/approval';
import { timeline } from './catalog/timeline';
import { admin } from './catalog/admin';
import { rights } from './catalog/rights';
import { tab } from './catalog/tab';
import { tabActions } from './catalog/tabActions';
import { cardLife } from './catalog/cardLife';
import { cardsInUse } from './catalog/cardsInUse';
import { moves } from './catalog/moves';
import { reach } from './catalog/reach';
import { formatMessage, type Message } from './define';

export type { Message, Plural } from './define';

export type Locale = 'en' | 'sv';

/** Every namespace of the catalogue. Add a namespace file under catalog/ and list it here. */
const namespaces = [
  core,
  newcard,
  identity,
  photo,
  upload,
  bulk,
  cart,
  checkout,
  checkoutSummary,
  orders,
  lifecycle,
  review,
  approval,
  timeline,
  admin,
  rights,
  tab,
  tabActions,
  cardLife,
  cardsInUse,
  moves,
  reach,
] as const;

type Namespaces = (typeof namespaces)[number];
export type MessageKey = Namespaces extends infer N ? (N extends { en: Record<infer K, Message> } ? K : never) : never;

const tables: Record<Locale, Record<string, Message>> = { en: {}, sv: {} };
for (const ns of namespaces) {
  Object.assign(tables.en, ns.en);
  Object.assign(tables.sv, ns.sv);
}

/** Swedish when the Teams client says so (`sv`, `sv-SE`, `sv-FI`), else English. */
export function localeFrom(activityLocale: string | undefined | null): Locale {
  return activityLocale && /^sv\b/i.test(activityLocale) ? 'sv' : 'en';
}

export type MessageParams = Record<string, string | number>;

/** The longest echo of what the user typed (`{input}`): a 10,000-character wrong answer is not sent back whole. */
export const ECHO_MAX = 60;

export function echoOf(input: string): string {
  const chars = [...input];
  return chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}…` : input;
}

export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const message = tables[locale][key] ?? tables.en[key] ?? key;
  return formatMessage(locale, message, params, (name, value) => (name === 'input' ? echoOf(value) : value));
}

/** A translator bound to one locale, handed to cards and dialogs. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
