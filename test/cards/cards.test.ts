import { describe, expect, it } from 'vitest';
import { cardholderSummaryCard } from '../../cards/cardholderSummary';
import { cartCard } from '../../cards/cart';
import { helpCard } from '../../cards/help';
import { questionCard } from '../../cards/question';
import { photoFindingsCard } from '../../cards/photoFindings';
import { photoQuestionCard } from '../../cards/photoQuestion';
import type { AdaptiveCard } from '../../cards/render';
import { welcomeCard } from '../../cards/welcome';
import { importIntroCard, importResultCard } from '../../cards/importCards';
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
  ['import intro', importIntroCard(en, { templateUrl: 'https://bot.example.com/import/template-en.xlsx?exp=1&sig=x', maxRows: 300 })],
  ['import progress', importResultCard(en, { fileName: 'people.xlsx', status: 'Checked 120 of 300 rows…' })],
  [
    'import result with 20 problems',
    importResultCard(sv, {
      fileName: 'personal-med-ett-långt-filnamn-2026.zip',
      status: 'Kontrollerade 300 rader.',
      facts: [{ label: 'Klara', value: '280' }, { label: 'Med problem', value: '20' }],
      problems: Array.from({ length: 20 }, (_, i) => `${i + 2}, national_identity_number: 19900101-123${i % 10}: kontrollsiffran stämmer inte, så en siffra är troligen felskriven. Kontrollera numret.`),
      moreProblems: 'och 12 till: se felrapporten.',
      jobId: '7d0c3f0e-8a4b-4a57-9b0e-3b7f2a1c9d10',
      confirmTitle: 'Lägg 280 kortinnehavare i varukorgen',
      reportUrl: 'https://bot.example.com/import/7d0c3f0e/report.xlsx?exp=1&sig=x',
    }),
  ],
  ['import outcome', importResultCard(en, { fileName: '', status: '', outcome: 'Added 12 cardholders to the cart. The cart now has 12.' })],
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
