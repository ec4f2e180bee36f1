import { describe, expect, it } from 'vitest';
import { checkoutSummaryCard } from '../../cards/checkoutSummary';
import { noticeCard } from '../../cards/notice';
import { ordersCard } from '../../cards/orders';
import { questionCard } from '../../cards/question';
import type { AdaptiveCard } from '../../cards/render';
import type { CheckoutDraft } from '../../dialogs/checkout/draft';
import { questionFor } from '../../dialogs/checkout/steps';
import { summaryView } from '../../dialogs/checkout/summaryView';
import { orderTotals } from '../../src/domain/checkout/money';
import { translator, type Locale } from '../../src/i18n';
import type { CartLine } from '../../src/services/cart/viewCart';
import { seedDemoSettings } from '../../src/services/settings/seedDemo';
import { cardProblems } from '../support/validateCard';
import { cartLine, cartView, demoOptions } from './fixtures';

const draft: CheckoutDraft = {
  deliveryOptionId: 'demo-company:standard',
  address: {
    typed: { name: 'Demo Bygg AB', careOf: 'Platskontoret Norra Tornen', street: 'Torsgatan 30', postalCode: '113 21', city: 'Stockholm' },
    save: true,
  },
  recipients: [
    { name: 'Olle Orderer', mobile: '+46701234567' },
    { name: 'Åsa-Lena Żółkiewska', mobile: '+48512345678' },
  ],
  recipientsDone: true,
  expenseCode: 'KST 4711 / Projekt Norra',
  invoiceAddressId: 'i2',
  acceptedTermsVersion: demoOptions.settings.termsVersion,
};
const ids = { checkoutId: '9b2f7c1e-4a35-4c1e-9e3a-2f6a1d0b7c11', nonce: 'c0ffee00-1111-4222-8333-444455556666' };

function summaryCard(
  lines: CartLine[],
  locale: Locale,
  extra: Partial<Parameters<typeof checkoutSummaryCard>[1]> = {},
  d: CheckoutDraft = draft,
): AdaptiveCard {
  const t = translator(locale);
  const summary = { kind: 'open' as const, cart: cartView(lines), options: demoOptions, totals: orderTotals(lines.length, 19900, 25) };
  return checkoutSummaryCard(t, { ...summaryView(summary, d, { t, locale }, ids), ...extra });
}
const three = [cartLine(0), cartLine(1), cartLine(2)];

/** The real demo terms, as the terms question shows them. */
async function demoTerms(): Promise<{ en: string; sv: string }> {
  let terms = { en: '', sv: '' };
  const settings = {
    ensure: async (s: { terms: typeof terms }) => void (terms = s.terms),
    ensureDeliveryOption: async () => {},
    addAddress: async () => ({}),
  };
  await seedDemoSettings({ ctx: { store: { settings } } as never, companyId: 'demo-company' });
  return terms;
}

describe('checkout cards', async () => {
  const terms = await demoTerms();
  const env = (locale: Locale) => ({
    t: translator(locale),
    locale,
    options: { ...demoOptions, settings: { ...demoOptions.settings, terms } },
    ordererName: 'Olle Orderer',
  });
  const cases: [string, AdaptiveCard][] = [
    ['summary, 3 cardholders', summaryCard(three, 'en')],
    ['summary, 3 cardholders (sv)', summaryCard(three, 'sv')],
    [
      'summary, express pick-up, no expense code',
      summaryCard(three, 'en', {}, { ...draft, deliveryOptionId: 'demo-company:express-pickup', expenseCode: null }),
    ],
    [
      'summary, 300 cardholders',
      summaryCard(
        Array.from({ length: 300 }, (_, i) => cartLine(i)),
        'en',
      ),
    ],
    [
      'summary with blocked cardholders',
      summaryCard(
        [
          cartLine(0),
          cartLine(1, {}, { kind: 'missing' }),
          cartLine(2, {}, { kind: 'failed', code: 'unsupported_format', params: { found: 'HEIC' } }),
        ],
        'en',
      ),
    ],
    ['summary placed (read-only)', summaryCard(three, 'en', { outcome: { text: 'Placed as order ID06-2026-000123.', tone: 'good' } })],
    [
      'notice: already placed',
      noticeCard(translator('en')('checkout.outcome.already_placed', { number: 'ID06-2026-000123' }), {
        title: 'Check your order',
        tone: 'attention',
      }),
    ],
    [
      'question: delivery',
      questionCard(questionFor('delivery', draft, env('en')).text, questionFor('delivery', draft, env('en')).choices!, 'n'),
    ],
    [
      'question: saved address or new',
      questionCard(questionFor('address', draft, env('sv')).text, questionFor('address', draft, env('sv')).choices!, 'n'),
    ],
    [
      'question: recipient',
      questionCard(questionFor('recipient', draft, env('en')).text, questionFor('recipient', draft, env('en')).choices!, 'n'),
    ],
    [
      'question: invoice address',
      questionCard(questionFor('invoice', draft, env('en')).text, questionFor('invoice', draft, env('en')).choices!, 'n'),
    ],
    [
      'question: delivery terms (sv)',
      questionCard(questionFor('terms', draft, env('sv')).text, questionFor('terms', draft, env('sv')).choices!, 'n'),
    ],
    [
      'orders, 20 of 45',
      ordersCard(
        translator('en'),
        Array.from({ length: 20 }, (_, i) => ({
          number: `ID06-2026-${String(45 - i).padStart(6, '0')}`,
          status: 'Submitted',
          details: '2026-03-05 11:00 · 12 cards',
          names:
            "Åsa-Lena O'Brien Żółkiewska, Przemysław Brzęczyszczykiewicz, Juhani Väisänen-Lindqvist, Märta Andersson, Oskar Östergren, +7 more",
        })),
        45,
      ),
    ],
    ['orders, none (sv)', ordersCard(translator('sv'), [], 0)],
  ];

  it.each(cases)('%s parses as Adaptive Card 1.5 with no problems and fits Teams', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('shows every cardholder masked, delivery, recipients, invoice, expense code, price, VAT and total', () => {
    const json = JSON.stringify(summaryCard(three, 'en'));
    for (const text of [
      'Cardholders (3)',
      '19900101-****',
      'manual ID verification',
      'Standard delivery: To an address in Sweden',
      'Demo Bygg AB, c/o Platskontoret Norra Tornen, Torsgatan 30, 113 21 Stockholm (saved for next time)',
      'Olle Orderer (+46701234567), Åsa-Lena Żółkiewska (+48512345678)',
      'Demo Bygg AB, c/o Region Syd, Fakturor, Box 45, 211 20 Malmö',
      'KST 4711 / Projekt Norra',
      'SEK 199.00',
      'SEK 597.00',
      'VAT 25 %',
      'SEK 149.25',
      'Total incl. VAT: SEK 746.25',
      'Accepted',
    ])
      expect(json).toContain(text);
    expect(json).not.toContain('199001011239');
    const card = summaryCard(three, 'en');
    expect((card.actions as { verb: string; data: unknown }[]).map((a) => a.verb)).toEqual([
      'order.confirm',
      'checkout.edit',
      'checkout.cancel',
    ]);
    expect((card.actions as { data: unknown }[])[0]!.data).toEqual(ids);
  });

  it('has no Confirm button while a cardholder is blocked, and says who and why', () => {
    const card = summaryCard([cartLine(0), cartLine(1, { firstName: 'Bo', lastName: 'Ek' }, { kind: 'missing' })], 'en');
    const json = JSON.stringify(card);
    expect(json).toContain('Bo Ek: no photo');
    expect((card.actions as { verb: string }[]).map((a) => a.verb)).not.toContain('order.confirm');
  });

  it('is read-only once placed', () => {
    const card = summaryCard(three, 'sv', { outcome: { text: 'Lagd som beställning ID06-2026-000001.', tone: 'good' } });
    expect(card.actions ?? []).toEqual([]);
    expect(JSON.stringify(card)).toContain('746,25 kr');
  });
});
