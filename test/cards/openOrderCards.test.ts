import { describe, expect, it } from 'vitest';
import { noticeCard } from '../../cards/notice';
import { ordersCard } from '../../cards/orders';
import type { AdaptiveCard } from '../../cards/render';
import { translator, type Locale } from '../../src/i18n';
import type { Company, Order, OrderItem, OutboxMessage } from '../../src/store/ports';
import { teamsApprovalCards } from '../../src/teams/features/approval/approvalCards';
import { eventRenderer } from '../../src/teams/features/orders/eventRender';
import { teamsIssuerDesk } from '../../src/teams/features/review/issuerDesk';
import { cardProblems } from '../support/validateCard';
import { ORDERS_SHOWN } from '../../src/services/orders/listOrders';
import { cartLine, thumbnailUrl } from './fixtures';

const NUMBER = 'ID06-2026-000123';
const company = { id: 'c', tenantId: 't', name: 'Demo Bygg AB' } as Company;
const order = { id: 'o1', number: NUMBER, companyId: 'c', ordererId: 'p1', status: 'approved', createdAt: new Date() } as unknown as Order;
const item = {
  ...cartLine(1).item,
  orderId: 'o1',
  status: 'declined',
  approvalRound: 1,
  reason: 'Fel',
  declinedField: 'name',
} as unknown as OrderItem;
const OPEN = { en: 'Open order', sv: 'Öppna beställningen' } as const;
const openButton = (locale: Locale) =>
  expect.objectContaining({ type: 'Action.Execute', title: OPEN[locale], verb: 'order.show', data: { number: NUMBER } });
const approvals = teamsApprovalCards({ thumbnailUrl, botAppId: '00000000-0000-4000-8000-000000000000' });
const desk = teamsIssuerDesk({ thumbnailUrl });

describe.each(['en', 'sv'] as const)('cards about an order open it (%s)', (locale) => {
  it('the orderer’s card about a declined or unreachable cardholder', () => {
    for (const why of ['declined', 'unreachable'] as const) {
      const card = approvals.ordererAction({ item, order, why }, locale).card as AdaptiveCard;
      expect(cardProblems(card)).toEqual([]);
      expect(card.actions).toContainEqual(openButton(locale));
    }
  });

  it('the issuer’s notice of a changed name, open or already approved', () => {
    for (const open of [true, false]) {
      const card = desk.cardChange({ item, order, company, before: { ...item, lastName: 'Old' }, open }, locale).card as AdaptiveCard;
      expect(cardProblems(card)).toEqual([]);
      expect(card.actions).toContainEqual(openButton(locale));
    }
  });

  it('the compact card of order events, with or without the Orders tab', () => {
    const event = {
      payload: {
        kind: 'event',
        title: `Order ${NUMBER}`,
        line: 'Approved',
        orderNumber: NUMBER,
        open: 'Open in Orders',
        show: OPEN[locale],
      },
    } as unknown as OutboxMessage;
    for (const link of [undefined, (n: string) => `https://teams.microsoft.com/l/entity/app/orders?n=${n}`]) {
      const card = eventRenderer(link)([event]).attachments![0]!.content as AdaptiveCard;
      expect(cardProblems(card)).toEqual([]);
      expect(card.actions![0]).toEqual(openButton(locale));
    }
  });

  it('a notice given the order', () => {
    const card = noticeCard('Placed', { open: { title: OPEN[locale], number: NUMBER } });
    expect(cardProblems(card)).toEqual([]);
    expect(card.actions).toEqual([openButton(locale)]);
    expect(noticeCard('Placed').actions).toBeUndefined();
  });

  it('a full orders list (20 rows, each with its button) still fits Teams', () => {
    const rows = Array.from({ length: ORDERS_SHOWN }, (_, i) => ({
      number: `ID06-2026-${String(i + 1).padStart(6, '0')}`,
      status: 'Waiting for cardholders',
      details: '3 Dec 2026, 14:05 CET · 25 cards',
      names: 'Anna Andersson-Berglund, Bo Ekström, Carl Carlsson, +22 more',
    }));
    expect(cardProblems(ordersCard(translator(locale), rows, 120))).toEqual([]);
  });

  it('each row of the orders list, as a click on the row and as a button', () => {
    const rows = [NUMBER, 'ID06-2026-000124'].map((number) => ({
      number,
      status: 'Approved',
      details: '3 Dec 2026, 14:05 CET',
      names: 'Anna',
    }));
    const card = ordersCard(translator(locale), rows, 2);
    expect(cardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain(`"title":"${OPEN[locale]}","verb":"order.show"`);
    for (const number of [NUMBER, 'ID06-2026-000124'])
      expect(text.split(`"verb":"order.show","data":{"number":"${number}"}`).length - 1).toBe(2);
  });
});
