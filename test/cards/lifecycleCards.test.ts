import { describe, expect, it } from 'vitest';
import { adminCard } from '../../cards/admin';
import { orderEventsCard } from '../../cards/orderEvents';
import type { AdaptiveCard } from '../../cards/render';
import { translator } from '../../src/i18n';
import type { Company, Order, OrderItem, PhotoFindingRecord } from '../../src/store/ports';
import { teamsApprovalCards } from '../../src/teams/features/approval/approvalCards';
import { teamsIssuerDesk } from '../../src/teams/features/review/issuerDesk';
import { renderOrderDetail } from '../../src/teams/features/orders/orderDetailRoutes';
import { cardProblems } from '../support/validateCard';
import { cartLine, thumbnailUrl } from './fixtures';

const company: Company = {
  id: 'demo-company',
  tenantId: 't',
  name: 'Demo Bygg Aktiebolag i Norrland och Mälardalen',
  orgNumber: '556677-8899',
} as Company;
const at = new Date('2026-03-05T10:00:00Z');
const order = {
  id: 'o1',
  number: 'ID06-2026-000123',
  companyId: company.id,
  ordererId: 'p1',
  status: 'submitted',
  recipients: [{ name: 'Olle Orderer', mobile: '+46701234567' }],
  reason: null,
  createdAt: at,
} as unknown as Order;
const orderItem = (i: number, over: Partial<OrderItem> = {}): OrderItem => {
  const { item, findings: _f } = cartLine(i);
  return {
    ...item,
    orderId: order.id,
    position: i,
    cartItemId: item.id,
    status: 'awaiting_cardholder',
    photoId: item.photoId!,
    reason: null,
    declinedField: null,
    trackingRef: null,
    cardholderPersonId: null,
    approvalRound: 1,
    remindAt: null,
    remindersSent: 0,
    expiresAt: null,
    updatedAt: null,
    ...over,
  } as OrderItem;
};
const items25 = Array.from({ length: 25 }, (_, i) => orderItem(i));
const desk = teamsIssuerDesk({ thumbnailUrl });
const approvals = teamsApprovalCards({ thumbnailUrl, botAppId: '00000000-0000-4000-8000-000000000000' });
/** A typical order, as the cart test's: every third photo has one piece of advice. */
const view = { order, company, items: items25.map((item, i) => ({ item, findings: i % 3 === 0 ? cartLine(i).findings.slice(0, 1) : [] })) };
const card = (payload: { [key: string]: unknown }) => payload.card as AdaptiveCard;

const cases: [string, AdaptiveCard][] = [];
for (const locale of ['en', 'sv'] as const) {
  cases.push(
    [`review of 25 cards (${locale})`, card(desk.reviewCard(view, { kind: 'open' }, locale))],
    [
      `review rejected (${locale})`,
      card(desk.reviewCard(view, { kind: 'rejected', reason: 'Foton saknar neutral bakgrund'.repeat(5) }, locale)),
    ],
    [`approval (${locale})`, card(approvals.request({ item: items25[1]!, order, company, reminder: false }, locale))],
    [`approval reminder (${locale})`, card(approvals.request({ item: items25[1]!, order, company, reminder: true }, locale))],
    [
      `approval declined (${locale})`,
      card(
        approvals.outcome(
          {
            item: { ...items25[1]!, status: 'declined', declinedField: 'name', reason: 'Efternamnet stavas fel' },
            order,
            outcome: 'declined',
          },
          locale,
        ),
      ),
    ],
    [`orderer: unreachable (${locale})`, card(approvals.ordererAction({ item: items25[1]!, order, why: 'unreachable' }, locale))],
    [
      `orderer: declined (${locale})`,
      card(
        approvals.ordererAction(
          { item: { ...items25[1]!, declinedField: 'identity', reason: 'Fel nummer' }, order, why: 'declined' },
          locale,
        ),
      ),
    ],
    [
      `order events (${locale})`,
      orderEventsCard(
        'Order ID06-2026-000123 · Demo Bygg',
        Array.from({ length: 30 }, (_, i) => `Event line number ${i} with some text`),
      ),
    ],
    [
      `order events with Open in Orders (${locale})`,
      orderEventsCard('Order ID06-2026-000123 · Demo Bygg', ['Approved by the issuer'], {
        title: translator(locale)('event.open_in_orders'),
        url: 'https://teams.microsoft.com/l/entity/app/orders?context=%7B%22subEntityId%22%3A%22ID06-2026-000123%22%7D',
      }),
    ],
    [
      `admin (${locale})`,
      adminCard(translator(locale), {
        companyId: 'c',
        companyName: company.name,
        members: Array.from({ length: 40 }, (_, i) => `Person ${i} (p${i}@contoso.example): orderer, manager`),
        channelCount: 2,
        inChannel: true,
        notice: { text: 'ok', tone: 'good' },
        companies: [
          { title: 'Alfa', value: 'a' },
          { title: 'Beta', value: 'b' },
        ],
      }),
    ],
  );
}
const timeline = Array.from({ length: 60 }, (_, i) => ({
  seq: i,
  subject: { type: 'item' as const, id: items25[i % 25]!.id },
  who: { kind: 'system' as const, personId: null },
  when: at,
  what: 'item.remind',
  from: null,
  to: null,
  details: {},
}));
cases.push([
  'order detail, 25 cards, 60 events (reviewer)',
  renderOrderDetail(translator('en'), 'en', {
    order: { ...order, status: 'approved' },
    items: items25.map((i, n) => ({ ...i, status: n % 2 ? 'approved' : 'produced' })),
    progress: 'in_production',
    timeline,
    reviewer: true,
    editor: false,
    reach: {},
    cancellable: { order: false, itemIds: [] },
  }),
]);
cases.push([
  'order detail with Open in Orders',
  renderOrderDetail(
    translator('sv'),
    'sv',
    {
      order,
      items: items25.slice(0, 2),
      progress: 'submitted',
      timeline: [],
      reviewer: false,
      editor: true,
      reach: { [items25[0]!.id]: { teams: true, installed: 'failed', email: 'sent' } },
      cancellable: { order: true, itemIds: items25.slice(0, 2).map((i) => i.id) },
    },
    'https://teams.microsoft.com/l/entity/app/orders?context=%7B%7D',
  ),
]);

describe('life-cycle cards', () => {
  it.each(cases)('%s parses as Adaptive Card 1.5 with no problems and fits Teams', (_name, c) => {
    expect(cardProblems(c)).toEqual([]);
  });

  it('shows the full identity number only on the cardholder’s own approval card', () => {
    const item = orderItem(1, { identityNumber: '199001011239' });
    expect(JSON.stringify(card(approvals.request({ item, order, company, reminder: false }, 'en')))).toContain('19900101-1239');
    for (const other of [
      desk.reviewCard({ order, company, items: [{ item, findings: [] }] }, { kind: 'open' }, 'en'),
      approvals.outcome({ item, order, outcome: 'approved' }, 'en'),
      approvals.ordererAction({ item, order, why: 'declined' }, 'en'),
    ]) {
      expect(JSON.stringify(other)).not.toContain('199001011239');
      expect(JSON.stringify(other)).not.toContain('19900101-1239');
    }
  });

  it.each(['en', 'sv'] as const)('shows the reviewer what the face checks found on each photo the orderer used anyway (%s)', (locale) => {
    const findings: PhotoFindingRecord[] = [
      { code: 'head_tilted', params: { degrees: 14, maxDegrees: 10 } },
      { code: 'eyes_closed', params: { eyeOpening: 0.12, minEyeOpening: 0.2 } },
      { code: 'head_cut_off', params: { edge: 'top' } },
    ];
    const review = card(desk.reviewCard({ order, company, items: [{ item: items25[0]!, findings }] }, { kind: 'open' }, locale));
    expect(cardProblems(review)).toEqual([]);
    const text = JSON.stringify(review);
    const expected =
      locale === 'en'
        ? ['The head is tilted by about 14°', 'The eyes look closed or covered', 'Part of the head is outside the photo']
        : ['Huvudet lutar ungefär 14°', 'Ögonen ser stängda eller skymda ut', 'En del av huvudet hamnar utanför fotot'];
    for (const sentence of expected) expect(text).toContain(sentence);
  });

  it.each([
    ['en', 'name', 'says the name is wrong: It is Bosse'],
    ['en', 'photo', 'says the photo is wrong: It is Bosse'],
    ['en', 'shoeSize', 'says something is wrong: It is Bosse'],
    ['sv', 'name', 'säger att namnet är fel: It is Bosse'],
    ['sv', 'identity', 'säger att identitetsnumret är fel: It is Bosse'],
  ] as const)('tells the orderer what the cardholder declined as a phrase of the sentence (%s, %s)', (locale, field, says) => {
    const declined = { item: { ...items25[1]!, declinedField: field, reason: 'It is Bosse' }, order, why: 'declined' as const };
    expect(JSON.stringify(approvals.ordererAction(declined, locale))).toContain(says);
  });

  it('tells the orderer how to reach a cardholder who never opened the bot: a chat deep link with the bot', () => {
    expect(JSON.stringify(approvals.ordererAction({ item: items25[0]!, order, why: 'no_person' }, 'en'))).toContain(
      'https://teams.microsoft.com/l/chat/0/0?users=28:00000000-0000-4000-8000-000000000000',
    );
  });
});
