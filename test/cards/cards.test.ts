import { describe, expect, it } from 'vitest';
import { cardholderSummaryCard } from '../../cards/cardholderSummary';
import { cartCard } from '../../cards/cart';
import { helpCard } from '../../cards/help';
import { questionCard } from '../../cards/question';
import type { AdaptiveCard } from '../../cards/render';
import { welcomeCard } from '../../cards/welcome';
import { translator } from '../../src/i18n';
import { cardProblems } from '../support/validateCard';

const en = translator('en');
const sv = translator('sv');
const facts = [
  { label: 'First name', value: 'Åsa-Lena' },
  { label: 'Last name', value: "O'Brien Żółkiewska" },
  { label: 'Identity number', value: '19900101-****' },
];

const cases: [string, AdaptiveCard][] = [
  ['welcome (local)', welcomeCard(en, { localMode: true })],
  ['welcome (sv)', welcomeCard(sv, { localMode: false })],
  ['help', helpCard(en, [{ name: 'help', description: 'show this list' }, { name: 'new card', description: 'order a card' }], { inDialog: true })],
  ['question with choices', questionCard('Which **card type**?', [{ title: 'Standard', value: 'standard' }, { title: 'Visitor', value: 'visitor' }], 'n1')],
  ['question answered', questionCard('Which **card type**?', [{ title: 'Standard', value: 'standard' }], 'n1', 'Standard')],
  ['summary', cardholderSummaryCard(en, { facts, notes: ['Manual ID verification'], nonce: 'n2', thumbnailUrl: 'https://bot.example.com/photos/x/thumb?sig=abc' })],
  ['summary outcome', cardholderSummaryCard(sv, { facts, notes: [], nonce: 'n2', outcome: 'Tillagd i varukorgen.' })],
  ['cart', cartCard(en, Array.from({ length: 25 }, (_, i) => ({ name: `Cardholder ${i}`, details: `Sweden · 19900101-**** · Standard` })))],
  ['cart empty', cartCard(sv, [])],
];

describe('every card the bot sends', () => {
  it.each(cases)('%s parses as Adaptive Card 1.5 with no problems and fits Teams', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('the validator does catch a broken card', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Image' }], actions: [{ type: 'Action.Execute', title: '${x}' }] } as AdaptiveCard;
    expect(cardProblems(broken).length).toBeGreaterThan(0);
  });

  it('drops the summary buttons once an outcome is shown', () => {
    const card = cardholderSummaryCard(en, { facts, notes: [], nonce: 'n', outcome: 'Added to the cart.' });
    expect(card.actions ?? []).toEqual([]);
    expect(JSON.stringify(card)).toContain('Added to the cart.');
  });
});
