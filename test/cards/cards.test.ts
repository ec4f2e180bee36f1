import { describe, expect, it } from 'vitest';
import { cardholderSummaryCard } from '../../cards/cardholderSummary';
import { cartCard } from '../../cards/cart';
import { helpCard } from '../../cards/help';
import { questionCard } from '../../cards/question';
import { photoFindingsCard } from '../../cards/photoFindings';
import { photoQuestionCard } from '../../cards/photoQuestion';
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
  ['photo question with upload', photoQuestionCard(en, { question: en('ask.photo'), uploadUrl: 'https://bot.example.com/upload/abc?exp=1&sig=x', nonce: 'n3' })],
  ['photo question without upload (sv)', photoQuestionCard(sv, { question: sv('ask.photo'), nonce: 'n3' })],
  ['photo findings', photoFindingsCard(en, { findings: [en('photo.finding.background_not_light'), en('photo.finding.blurry')], thumbnailUrl: 'https://bot.example.com/photos/x/thumb?sig=abc', nonce: 'n4' })],
  ['photo findings answered (sv)', photoFindingsCard(sv, { findings: [sv('photo.finding.too_dark')], nonce: 'n4', answered: sv('photo.findings.use') })],
  ['summary with samordningsnummer', cardholderSummaryCard(en, { facts: [...facts, { label: 'Samordningsnummer', value: '19701063-****' }], notes: [en('photo.finding.blurry')], nonce: 'n5' })],
];

describe('every card the bot sends', () => {
  it.each(cases)('%s parses as Adaptive Card 1.5 with no problems and fits Teams', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('the validator does catch a broken card', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Image' }], actions: [{ type: 'Action.Execute', title: '${x}' }] } as AdaptiveCard;
    expect(cardProblems(broken).length).toBeGreaterThan(0);
  });

  it('offers the upload page as a browser link and as a Teams dialog (task/fetch)', () => {
    const card = photoQuestionCard(en, { question: 'q', uploadUrl: 'https://bot.example.com/upload/abc?exp=1&sig=x', nonce: 'n' });
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Upload from phone or computer', url: 'https://bot.example.com/upload/abc?exp=1&sig=x' },
      { type: 'Action.Submit', title: 'Upload in Teams', data: { msteams: { type: 'task/fetch' }, verb: 'photo.upload', nonce: 'n' } },
    ]);
    expect(photoQuestionCard(en, { question: 'q', nonce: 'n' }).actions ?? []).toEqual([]);
  });

  it('drops the findings buttons once answered', () => {
    const card = photoFindingsCard(en, { findings: ['x'], nonce: 'n', answered: 'Use anyway' });
    expect(card.actions ?? []).toEqual([]);
    expect(JSON.stringify(card)).toContain('Use anyway');
  });

  it('drops the summary buttons once an outcome is shown', () => {
    const card = cardholderSummaryCard(en, { facts, notes: [], nonce: 'n', outcome: 'Added to the cart.' });
    expect(card.actions ?? []).toEqual([]);
    expect(JSON.stringify(card)).toContain('Added to the cart.');
  });
});
