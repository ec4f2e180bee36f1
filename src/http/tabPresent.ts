import { countryName } from '../i18n/countryName';
import { formatSek } from '../domain/checkout/money';
import { maskIdentity, type IdentityScheme } from '../domain/identity';
import { itemEventOpen, ORDER_RULES, PRODUCED_STATES } from '../domain/lifecycle';
import { filterOf } from '../domain/lifecycle/progressFilter';
import type { OrderProgress } from '../domain/lifecycle/progress';
import type { ItemState } from '../domain/lifecycle/states';
import type { Locale, MessageKey, Translate } from '../i18n';
import { auditText } from '../i18n/auditText';
import { reachText, type ReachShown } from '../i18n/reachText';
import { photoMessageKey } from '../photos';
import type { BrowsedOrder } from '../services/tab/browseOrders';
import type { OrderDetail } from '../services/orders/orderDetail';
import type { Company, Order, OrderItem, PhotoFindingRecord } from '../store/ports';
import type { TabCard, TabCardAction, TabOrderPage, TabOrderRow, TabPage, TabStatus } from './tabContract';

const NAMES_LISTED = 3;
const CLOSED_ITEMS: readonly ItemState[] = ['rejected', 'cancelled'];

export interface TabPresenter {
  t: Translate;
  locale: Locale;
  /** Signed, expiring photo links (the tab never sees a photo id it could reuse). */
  thumbnailUrl(photoId: string): string;
  photoUrl(photoId: string): string;
}

export function statusOf(p: TabPresenter, order: Order, items: readonly OrderItem[], progress: OrderProgress): TabStatus {
  const live = items.filter((i) => !CLOSED_ITEMS.includes(i.status));
  const waiting = live.filter((i) => i.status === 'awaiting_cardholder' || i.status === 'declined' || i.status === 'expired').length;
  const filter = filterOf(progress);
  const next =
    filter === 'waiting_for_review'
      ? p.t('tab.next.waiting_for_review')
      : progress === 'awaiting_cardholders'
        ? p.t('tab.next.awaiting_cardholders', { waiting, count: live.length })
        : progress === 'rejected'
          ? p.t('tab.next.rejected', { reason: order.reason ?? '' })
          : p.t(`tab.next.${progress}` as MessageKey);
  return { code: progress, filter, label: p.t(`orders.status.${progress}` as MessageKey), next };
}

export function orderRow(p: TabPresenter, { order, items, progress }: BrowsedOrder): TabOrderRow {
  const names = items.map((i) => `${i.firstName} ${i.lastName}`);
  return {
    number: order.number,
    placedAt: order.createdAt.toISOString(),
    status: statusOf(p, order, items, progress),
    cards: items.length,
    names: names.slice(0, NAMES_LISTED),
    moreNames: Math.max(0, names.length - NAMES_LISTED),
  };
}

export function paged<T, R>(result: { total: number; page: number; pageSize: number }, rows: T[], map: (row: T) => R): TabPage<R> {
  return {
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pages: Math.max(1, Math.ceil(result.total / result.pageSize)),
    rows: rows.map(map),
  };
}

/** Who is looking at the card and in which order, for the actions offered; none by default. */
export interface CardViewer {
  order: Order;
  /** Per item id, how its approval went out (the order page, for its editors). */
  reach?: Readonly<Record<string, ReachShown>>;
  /** The order's orderer or a company admin (order page). */
  editor?: boolean;
  /** The issuer, in the review queue. */
  reviewer?: boolean;
  /** No card of the order is produced yet (cancelling is possible). */
  beforeProduction?: boolean;
}

/** A card of an order the issuer has not decided yet does not wait for its cardholder yet, whatever its item state says. */
const inReview = (item: OrderItem, viewer: CardViewer | undefined) =>
  item.status === 'awaiting_cardholder' && !!viewer && ['submitted', 'in_review'].includes(viewer.order.status);

function actionsFor(item: OrderItem, viewer: CardViewer | undefined): TabCardAction[] {
  if (!viewer) return [];
  const { order } = viewer;
  return [
    ...(viewer.editor && itemEventOpen('resend', item.status, order.status) ? (['resend'] as const) : []),
    ...(viewer.reviewer && itemEventOpen('reject', item.status, order.status) ? (['reject'] as const) : []),
    ...(viewer.editor && viewer.beforeProduction && itemEventOpen('cancel', item.status, order.status) ? (['cancel'] as const) : []),
  ];
}

export function cardOf(p: TabPresenter, item: OrderItem, findings: readonly PhotoFindingRecord[] = [], viewer?: CardViewer): TabCard {
  const name = `${item.firstName} ${item.lastName}`;
  return {
    id: item.id,
    name,
    email: item.email,
    identity: maskIdentity(item.identityNumber, item.identityScheme as IdentityScheme),
    nationality: countryName(item.nationality, p.locale),
    cardType: item.cardType === 'visitor' ? p.t('choice.visitor') : p.t('choice.standard'),
    state: {
      code: item.status,
      label: inReview(item, viewer) ? p.t('tab.card.in_review') : p.t(`item.status.${item.status}` as MessageKey),
    },
    reason: item.reason,
    trackingRef: item.trackingRef,
    manualId: item.manualIdVerification,
    thumbnailUrl: p.thumbnailUrl(item.photoId),
    photoUrl: p.photoUrl(item.photoId),
    findings: findings.map((f) => p.t(photoMessageKey('finding', f.code, f.params), f.params)),
    round: item.approvalRound,
    actions: actionsFor(item, viewer),
    sentVia: reachText(p.t, viewer?.reach?.[item.id]),
  };
}

export function orderPage(
  p: TabPresenter,
  detail: OrderDetail,
  company: Company | undefined,
  findings: ReadonlyMap<string, PhotoFindingRecord[]>,
): TabOrderPage {
  const { order, items } = detail;
  const names = new Map(items.map((i) => [i.id, `${i.firstName} ${i.lastName}`]));
  const beforeProduction = !items.some((i) => PRODUCED_STATES.includes(i.status));
  return {
    number: order.number,
    company: company?.name ?? '',
    placedAt: order.createdAt.toISOString(),
    status: statusOf(p, order, items, detail.progress),
    reason: order.reason,
    delivery: order.deliveryTitle,
    total: formatSek(order.grossOre, p.locale),
    cards: items.map((i) => cardOf(p, i, findings.get(i.photoId), { order, editor: detail.editor, beforeProduction, reach: detail.reach })),
    timeline: detail.timeline.map((e) => ({ at: e.when.toISOString(), text: auditText(p.t, e, names) })),
    reviewer: detail.reviewer,
    cancellable: detail.editor && beforeProduction && ORDER_RULES.cancel.from.includes(order.status),
  };
}
