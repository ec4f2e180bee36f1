/**
 * The Orders tab's API as JSON, shared by the server (src/http/tab*) and the tab (src/tab, which
 * imports only these types). Identity numbers are always masked; texts are in the caller's locale.
 */
import type { OrderFilter } from '../domain/lifecycle/progressFilter';
import type { OrderProgress } from '../domain/lifecycle/progress';
import type { ItemState } from '../domain/lifecycle/states';
import type { CompanyRole } from '../domain/roles';

export type { OrderFilter, OrderProgress, ItemState, CompanyRole };

export interface TabMe {
  /** `development`: local mode, signed in with the development sign-in (never in production). */
  signIn: 'teams' | 'development';
  name: string | null;
  companies: { id: string; name: string; roles: CompanyRole[] }[];
  reviewer: boolean;
  cardholder: boolean;
}

export interface TabStatus {
  code: OrderProgress;
  filter: OrderFilter;
  label: string;
  /** Who or what the order waits for, e.g. "Waiting for 2 of 3 cardholders to approve". */
  next: string;
}

export interface TabOrderRow {
  number: string;
  placedAt: string;
  status: TabStatus;
  cards: number;
  /** The first cardholders' names; `moreNames` more are not listed. */
  names: string[];
  moreNames: number;
}

export interface TabPage<T> {
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  rows: T[];
}

export interface TabOrderList extends TabPage<TabOrderRow> {
  scope: 'all' | 'own';
  readOnly: boolean;
}

export interface TabCard {
  id: string;
  name: string;
  email: string;
  /** Masked, e.g. 19900101-****. */
  identity: string;
  nationality: string;
  cardType: string;
  state: { code: ItemState; label: string };
  reason: string | null;
  trackingRef: string | null;
  manualId: boolean;
  /** Signed, expiring links to the photo (150x200 and 600x800). */
  thumbnailUrl: string;
  photoUrl: string;
  findings: string[];
  /** The approval round the cardholder's card belongs to (a resend names it, so a stale page cannot resend twice). */
  round: number;
  /** What this person can do with the card here: the orderer resends or corrects the e-mail, the issuer rejects it in review. */
  actions: TabCardAction[];
  /** For the orderer: how the approval went out (Teams, the app installed, e-mail with a link); null when not yet or not theirs. */
  sentVia: string | null;
}

export type TabCardAction = 'resend' | 'reject' | 'cancel';

/** The outcome of an action from the tab, per order: the same outcomes as the chat's click. */
export type TabActionOutcome = 'applied' | 'already_decided' | 'refused' | 'not_found';

export interface TabDecideRequest {
  decision: 'approve' | 'reject';
  numbers: string[];
  reason?: string;
}

export interface TabDecideResult {
  results: { number: string; outcome: TabActionOutcome }[];
}

export interface TabRejectCardRequest {
  number: string;
  itemId: string;
  reason: string;
}

export interface TabCancelRequest {
  number: string;
  /** One card; unset: the whole order. */
  itemId?: string;
  reason: string;
}

export interface TabResendRequest {
  itemId: string;
  round: number;
  email?: string;
}

export interface TabCardActionResult {
  outcome: TabActionOutcome;
  /** Resend: the cardholder has met the bot and got the card (otherwise the orderer hears how to reach them). */
  reached?: boolean;
}

export interface TabOrderPage {
  number: string;
  company: string;
  placedAt: string;
  status: TabStatus;
  reason: string | null;
  delivery: string;
  total: string;
  cards: TabCard[];
  timeline: { at: string; text: string }[];
  /** The person reviews for the issuer (the queue's view of this order). */
  reviewer: boolean;
  /** The person may cancel the whole order now (before production). */
  cancellable: boolean;
}

export interface TabQueuedOrder {
  number: string;
  company: string;
  placedAt: string;
  status: TabStatus;
  cards: TabCard[];
}

export interface TabMyCard {
  orderNumber: string;
  company: string;
  placedAt: string;
  name: string;
  cardType: string;
  state: { code: ItemState; label: string };
  trackingRef: string | null;
}

/** Every refusal: a stable code for the tab and a sentence for the person. */
export interface TabError {
  error: string;
  message: string;
}

export interface TabSearchRequest {
  companyId: string;
  filter?: OrderFilter;
  text?: string;
  page?: number;
}

export type TabExportFormat = 'csv' | 'xlsx';
