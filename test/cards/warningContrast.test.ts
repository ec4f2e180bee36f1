import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardholderSummaryCard } from '../../cards/cardholderSummary';
import { photoFindingsCard } from '../../cards/photoFindings';
import { reviewCard } from '../../cards/review';
import type { AdaptiveCard } from '../../cards/render';
import { translator, type Locale } from '../../src/i18n';
import { renderCartCard } from '../../src/teams/features/cart/cartView';
import { renderCardsInUse } from '../../src/teams/features/cardsInUse/cardsInUseView';
import type { CardInUse, Company } from '../../src/store/ports';
import { warningTextProblems } from '../support/cardContrast';
import { cardProblems } from '../support/validateCard';
import { cartLine, cartView, thumbnailUrl } from './fixtures';

const CARDS = join(import.meta.dirname, '../../cards');
const templates = readdirSync(CARDS).filter((f) => f.endsWith('.json'));

/** The style of the nearest styled container around the first text block containing `text`. */
function styleAround(card: unknown, text: string): string | undefined {
  let found: string | undefined;
  const walk = (node: unknown, style: string) => {
    if (found !== undefined || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, style));
    const n = node as Record<string, unknown>;
    const here = typeof n.style === 'string' && n.type === 'Container' ? n.style : style;
    if (n.type === 'TextBlock' && typeof n.text === 'string' && n.text.includes(text)) found = here;
    for (const value of Object.values(n)) walk(value, here);
  };
  walk(card, 'default');
  return found;
}

describe('warning text is readable: no yellow text on a white container', () => {
  it('the check finds Warning text on the card, in a default or emphasis container, and accepts a warning container', () => {
    const text = { type: 'TextBlock', text: 'Photo is dark', color: 'Warning' };
    const card = (body: unknown[]) => ({ type: 'AdaptiveCard', version: '1.5', body });
    expect(warningTextProblems(card([text]))).toHaveLength(1);
    expect(warningTextProblems(card([{ type: 'Container', style: 'emphasis', items: [text] }]))).toHaveLength(1);
    expect(warningTextProblems(card([{ type: 'Container', style: 'default', items: [text] }]))).toHaveLength(1);
    expect(warningTextProblems(card([{ type: 'Container', style: 'warning', items: [text] }]))).toEqual([]);
    expect(warningTextProblems(card([{ ...text, color: 'Attention', weight: 'Bolder' }]))).toEqual([]);
    // cardProblems, which every card spec runs, includes the check.
    expect(cardProblems(card([text]) as AdaptiveCard).join('\n')).toMatch(/color Warning on a default container/);
  });

  it.each(templates)('template %s has no Warning text on a default container', (file) => {
    const template = JSON.parse(readFileSync(join(CARDS, file), 'utf8'));
    expect(warningTextProblems(template)).toEqual([]);
  });

  describe.each<Locale>(['en', 'sv'])('rendered warnings sit in a warning container (%s)', (locale) => {
    const t = translator(locale);
    const finding = t('photo.finding.too_dark');
    it('photo findings, the cardholder summary notes, the cart advice and the review notes', () => {
      const cards: [AdaptiveCard, string][] = [
        [photoFindingsCard(t, { findings: [finding], nonce: 'n', thumbnailUrl: thumbnailUrl('p') }), finding],
        [cardholderSummaryCard(t, { facts: [], notes: [t('summary.manual_id')], nonce: 'n' }), t('summary.manual_id')],
        [
          reviewCard(t, {
            orderId: 'o',
            title: 'ID06-2026-000001',
            facts: 'Demo Bygg AB',
            items: [{ itemId: 'i', name: 'Bo Ek', details: '19900101-****', status: 'Submitted', notes: [finding], thumbnailUrl: '' }],
            open: true,
            outcome: '',
            outcomeTone: 'good',
          }),
          finding,
        ],
      ];
      const cart = renderCartCard(cartView([cartLine(0)]), { t, locale, thumbnailUrl });
      const advice = t('photo.finding.background_not_plain');
      cards.push([cart, advice]);
      for (const [card, text] of cards) {
        expect(cardProblems(card)).toEqual([]);
        expect(styleAround(card, text)).toBe('warning');
      }
    });

    it('a lapsed card in use and a warning notice on the cart are bolder Attention, not yellow', () => {
      const company = { id: 'c', tenantId: 't', name: 'Demo Bygg AB', orgNumber: null } as Company;
      const card = {
        id: 'i',
        firstName: 'Bo',
        lastName: 'Ek',
        identityNumber: '199001011239',
        identityScheme: 'se-personnummer',
        status: 'card_lapsed',
        validUntil: null,
        order: { number: 'ID06-2026-000001' },
      } as unknown as CardInUse;
      const can = { block: false, end: false, renew: true, replace: false };
      const inUse = renderCardsInUse(t, {
        kind: 'list',
        company,
        query: '',
        total: 1,
        lines: [{ card, noLongerValid: false, renewal: null, can }],
      });
      const cart = renderCartCard(cartView([cartLine(1)]), { t, locale, thumbnailUrl }, { notice: { text: 'Heads up', tone: 'warning' } });
      for (const rendered of [inUse, cart]) {
        expect(cardProblems(rendered)).toEqual([]);
        expect(JSON.stringify(rendered)).not.toMatch(/"color":"Warning"/);
      }
      expect(JSON.stringify(cart)).toContain('"text":"Heads up","wrap":true,"weight":"Bolder","color":"Attention"');
    });
  });
});
