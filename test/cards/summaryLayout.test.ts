import { describe, expect, it } from 'vitest';
import { cardholderSummaryCard } from '../../cards/cardholderSummary';
import { checkoutSummaryCard } from '../../cards/checkoutSummary';
import type { AdaptiveCard } from '../../cards/render';
import { summaryView as checkoutView } from '../../dialogs/checkout/summaryView';
import type { CheckoutDraft } from '../../dialogs/checkout/draft';
import { summaryView as newCardView } from '../../dialogs/newCard/summary';
import { orderTotals } from '../../src/domain/checkout/money';
import { translator, type Locale } from '../../src/i18n';
import { factRows } from '../support/cardFacts';
import { cardProblems } from '../support/validateCard';
import { cartLine, cartView, demoOptions, thumbnailUrl } from './fixtures';

/** 60 characters, no space to break at: a FactSet's value column cut it off in Teams. */
const LONG_EMAIL = 'przemyslaw.brzeczyszczykiewicz.kontraktor@bygg-entreprenad.se';
const LONG_EXPENSE = 'Projekt Norra Tornen etapp 3 / KST 4711-0042 / Stomkomplettering och installationer';

function newCardSummary(locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const draft = {
    firstName: 'Przemysław',
    lastName: 'Brzęczyszczykiewicz',
    nationality: 'PL',
    identity: { scheme: 'pl-pesel', normalized: '70100312347', masked: '701003*****', carriesDateOfBirth: true },
    coordination: { normalized: '197010632391', masked: '19701063-****' },
    email: LONG_EMAIL,
    mobile: '+48512345678',
    cardType: 'standard' as const,
    hasBankId: false,
    photo: { id: 'p1', findings: [] },
  };
  return cardholderSummaryCard(t, newCardView(draft, t, locale, 'n', thumbnailUrl));
}

function checkoutSummary(locale: Locale): AdaptiveCard {
  const t = translator(locale);
  const lines = [cartLine(0), cartLine(1)];
  const draft: CheckoutDraft = {
    deliveryOptionId: 'demo-company:standard',
    address: {
      typed: { name: 'Demo Bygg AB', careOf: null, street: 'Torsgatan 30', postalCode: '113 21', city: 'Stockholm' },
      save: false,
    },
    recipients: [{ name: 'Olle Orderer', mobile: '+46701234567' }],
    recipientsDone: true,
    expenseCode: LONG_EXPENSE,
    invoiceAddressId: 'i2',
    acceptedTermsVersion: demoOptions.settings.termsVersion,
  };
  const summary = { kind: 'open' as const, cart: cartView(lines), options: demoOptions, totals: orderTotals(lines.length, 19900, 25) };
  return checkoutSummaryCard(t, checkoutView(summary, draft, { t, locale }, { checkoutId: 'c', nonce: 'n' }));
}

const usesFactSet = (card: AdaptiveCard) => JSON.stringify(card).includes('"FactSet"');

describe.each<Locale>(['en', 'sv'])('summary cards lay out label and value so long values wrap (%s)', (locale) => {
  it('the new-card summary keeps a 60-character e-mail whole, in a wrapping value column that stretches', () => {
    const card = newCardSummary(locale);
    expect(cardProblems(card)).toEqual([]);
    expect(usesFactSet(card)).toBe(false);
    const email = factRows(card).find((r) => r.value === LONG_EMAIL);
    expect(email).toMatchObject({ labelWidth: 'auto', valueWidth: 'stretch', valueWraps: true });
    // The long Swedish label gets its own width and leaves the value column the rest.
    const coordination = factRows(card).find((r) => r.value === '19701063-****');
    expect(coordination).toMatchObject({ label: 'Samordningsnummer', labelWidth: 'auto', valueWidth: 'stretch', valueWraps: true });
  });

  it('the checkout summary wraps a long expense code, and every fact and price row wraps its value', () => {
    const card = checkoutSummary(locale);
    expect(cardProblems(card)).toEqual([]);
    expect(usesFactSet(card)).toBe(false);
    const rows = factRows(card);
    expect(rows.find((r) => r.value === LONG_EXPENSE)).toMatchObject({ valueWidth: 'stretch', valueWraps: true });
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) expect(row).toMatchObject({ labelWidth: 'auto', valueWidth: 'stretch', valueWraps: true });
  });
});
