import { describe, expect, it } from 'vitest';
import { cardNoticeCard } from '../../cards/cardsInUse';
import { translator } from '../../src/i18n';
import type { CardLine } from '../../src/services/cards/listCardsInUse';
import type { CardInUse, Company } from '../../src/store/ports';
import { renderCardsInUse } from '../../src/teams/features/cardsInUse/cardsInUseView';
import { cardProblems } from '../support/validateCard';

const company = { id: 'c', tenantId: 't', name: 'Demo Bygg Aktiebolag i Norrland och Mälardalen', orgNumber: null } as Company;
const line = (i: number): CardLine => ({
  card: {
    id: `item-${i}`,
    firstName: `Förnamn${i}`,
    lastName: 'Efternamnsson-Långnamn',
    identityNumber: '199001011239',
    identityScheme: 'se-personnummer',
    status: i % 3 ? 'card_active' : 'card_blocked',
    validUntil: new Date('2031-03-02T10:00:00Z'),
    order: { number: 'ID06-2026-000123' },
  } as unknown as CardInUse,
  noLongerValid: i % 5 === 0,
  renewal: i % 4 === 0 ? { inCart: true, orderNumbers: ['ID06-2026-000200'] } : null,
  can: { block: i % 3 !== 0, end: true, renew: i % 2 === 0, replace: i % 3 === 0 },
});

describe('cards in use cards', () => {
  it.each(['en', 'sv'] as const)(
    'a full page of 20 cards parses as Adaptive Card 1.5, fits Teams and shows no full number (%s)',
    (locale) => {
      const card = renderCardsInUse(translator(locale), {
        kind: 'list',
        company,
        query: 'berg',
        total: 120,
        lines: Array.from({ length: 20 }, (_, i) => line(i)),
      });
      expect(cardProblems(card)).toEqual([]);
      expect(JSON.stringify(card)).not.toContain('199001011239');
    },
  );
  it.each(['en', 'sv'] as const)('notices: end asked once, a reminder with Renew, a replacement offer (%s)', (locale) => {
    const t = translator(locale);
    for (const card of [
      cardNoticeCard(t, { itemId: 'i', text: 'End?', confirmEnd: true }),
      cardNoticeCard(t, { itemId: 'i', text: 'Ends soon', offer: 'renew' }),
      cardNoticeCard(t, { itemId: 'i', text: 'Blocked', tone: 'attention', offer: 'replace' }),
    ])
      expect(cardProblems(card)).toEqual([]);
  });
});
