import { describe, expect, it } from 'vitest';
import { cardholderSummaryCard } from '../../cards/cardholderSummary';
import { helpCard } from '../../cards/help';
import { questionCard } from '../../cards/question';
import { photoFindingsCard } from '../../cards/photoFindings';
import { photoQuestionCard } from '../../cards/photoQuestion';
import type { AdaptiveCard } from '../../cards/render';
import { welcomeCard } from '../../cards/welcome';
import { personalChatCard } from '../../cards/personalChat';
import { importIntroCard, importResultCard } from '../../cards/importCards';
import { translator } from '../../src/i18n';
import { renderCartCard } from '../../src/teams/features/cart/cartView';
import { cardProblems } from '../support/validateCard';
import { cartLine, cartView, thumbnailUrl } from './fixtures';

const en = translator('en');
const sv = translator('sv');
const facts = [
  { label: 'First name', value: 'Åsa-Lena' },
  { label: 'Last name', value: "O'Brien Żółkiewska" },
  { label: 'Identity number', value: '19900101-****' },
];
const enEnv = { t: en, locale: 'en' as const, thumbnailUrl };
const svEnv = { t: sv, locale: 'sv' as const, thumbnailUrl };
/** A typical cart: every third photo has one piece of advice, one item lacks a photo. */
const typical25 = cartView(
  Array.from({ length: 25 }, (_, i) =>
    i === 7 ? cartLine(i, {}, { kind: 'missing' }) : { ...cartLine(i), findings: i % 3 === 0 ? cartLine(i).findings.slice(0, 1) : [] },
  ),
);

const cases: [string, AdaptiveCard][] = [
  ['welcome (local)', welcomeCard(en, { localMode: true })],
  ['welcome (sv)', welcomeCard(sv, { localMode: false })],
  [
    'help',
    helpCard(
      en,
      [
        { name: 'help', description: 'show this list' },
        { name: 'new card', description: 'order a card' },
      ],
      { note: en('help.checkout_note') },
    ),
  ],
  [
    'question with choices',
    questionCard(
      'Which **card type**?',
      [
        { title: 'Standard', value: 'standard' },
        { title: 'Visitor', value: 'visitor' },
      ],
      'n1',
    ),
  ],
  ['question answered', questionCard('Which **card type**?', [{ title: 'Standard', value: 'standard' }], 'n1', 'Standard')],
  [
    'summary',
    cardholderSummaryCard(en, {
      facts,
      notes: ['Manual ID verification'],
      nonce: 'n2',
      thumbnailUrl: 'https://bot.example.com/photos/x/thumb?sig=abc',
    }),
  ],
  ['summary outcome', cardholderSummaryCard(sv, { facts, notes: [], nonce: 'n2', outcome: 'Tillagd i varukorgen.' })],
  ['import intro', importIntroCard(en, { templateUrl: 'https://bot.example.com/import/template-en.xlsx?exp=1&sig=x', maxRows: 300 })],
  [
    'import intro with upload link (sv)',
    importIntroCard(sv, {
      templateUrl: 'https://bot.example.com/import/template-sv.xlsx?exp=1&sig=x',
      uploadUrl: 'https://bot.example.com/upload/AAAAAAAAAAAAAAAAAAAAAA?exp=1&sig=x',
      maxRows: 300,
    }),
  ],
  ['import progress', importResultCard(en, { fileName: 'people.xlsx', status: 'Checked 120 of 300 rows…' })],
  [
    'import result with 20 problems',
    importResultCard(sv, {
      fileName: 'personal-med-ett-långt-filnamn-2026.zip',
      status: 'Kontrollerade 300 rader.',
      facts: [
        { label: 'Klara', value: '280' },
        { label: 'Med problem', value: '20' },
      ],
      problems: Array.from(
        { length: 20 },
        (_, i) =>
          `${i + 2}, national_identity_number: 19900101-123${i % 10}: kontrollsiffran stämmer inte, så en siffra är troligen felskriven. Kontrollera numret.`,
      ),
      moreProblems: 'och 12 till: se felrapporten.',
      jobId: '7d0c3f0e-8a4b-4a57-9b0e-3b7f2a1c9d10',
      confirmTitle: 'Lägg 280 kortinnehavare i varukorgen',
      reportUrl: 'https://bot.example.com/import/7d0c3f0e/report.xlsx?exp=1&sig=x',
    }),
  ],
  ['import outcome', importResultCard(en, { fileName: '', status: '', outcome: 'Added 12 cardholders to the cart. The cart now has 12.' })],
  [
    'photo question with upload',
    photoQuestionCard(en, { question: en('ask.photo'), uploadUrl: 'https://bot.example.com/upload/abc?exp=1&sig=x', nonce: 'n3' }),
  ],
  ['photo question without upload (sv)', photoQuestionCard(sv, { question: sv('ask.photo'), nonce: 'n3' })],
  [
    'photo question with Keep, Photo later and Back',
    photoQuestionCard(en, {
      question: en('ask.photo'),
      uploadUrl: 'https://bot.example.com/upload/abc?exp=1&sig=x',
      nonce: 'n3',
      choices: [
        { title: en('ask.keep'), value: ':keep' },
        { title: en('photo.later'), value: ':photo-later' },
        { title: en('ask.back'), value: ':back' },
      ],
    }),
  ],
  [
    'personal chat only, in a channel',
    personalChatCard(en, {
      text: en('personal.only.opened', { where: en('personal.where.channel') }),
      url: 'https://teams.microsoft.com/l/chat/0/0?users=28%3Abot-id',
    }),
  ],
  [
    'personal chat invitation (sv)',
    personalChatCard(sv, {
      text: sv('personal.continue', { command: 'nytt kort', where: sv('personal.where.group') }),
      command: { name: 'newCard', title: sv('personal.resume', { command: 'nytt kort' }) },
    }),
  ],
  [
    'photo findings',
    photoFindingsCard(en, {
      findings: [en('photo.finding.background_not_light'), en('photo.finding.blurry')],
      thumbnailUrl: 'https://bot.example.com/photos/x/thumb?sig=abc',
      nonce: 'n4',
    }),
  ],
  [
    'photo findings answered (sv)',
    photoFindingsCard(sv, { findings: [sv('photo.finding.too_dark')], nonce: 'n4', answered: sv('photo.findings.use') }),
  ],
  [
    'summary with samordningsnummer',
    cardholderSummaryCard(en, {
      facts: [...facts, { label: 'Samordningsnummer', value: '19701063-****' }],
      notes: [en('photo.finding.blurry')],
      nonce: 'n5',
    }),
  ],
  ['summary editing a cart item', cardholderSummaryCard(en, { facts, notes: [], nonce: 'n3', edit: true })],
  ['cart, 25 typical items on one page', renderCartCard(typical25, enEnv)],
  ['cart, 25 typical items (sv)', renderCartCard(typical25, svEnv)],
  ['cart, 25 items all with long photo advice, page 1', renderCartCard(cartView(Array.from({ length: 25 }, (_, i) => cartLine(i))), enEnv)],
  [
    'cart, 25 items all with long photo advice, page 2',
    renderCartCard(cartView(Array.from({ length: 25 }, (_, i) => cartLine(i))), enEnv, { page: 2 }),
  ],
  [
    'cart, blocked items (missing, unreadable, refused photo)',
    renderCartCard(
      cartView([
        cartLine(0, {}, { kind: 'missing' }),
        cartLine(1, {}, { kind: 'unavailable' }),
        cartLine(2, {}, { kind: 'failed', code: 'too_small', params: { width: 200, height: 260, minWidth: 300, minHeight: 410 } }),
      ]),
      enEnv,
    ),
  ],
  ['cart asking to confirm emptying', renderCartCard(typical25, enEnv, { mode: 'confirmEmpty' })],
  [
    'cart with a notice',
    renderCartCard(cartView([cartLine(1)]), svEnv, { notice: { text: sv('cart.removed', { name: 'Anna Berg' }), tone: 'good' } }),
  ],
  ['cart empty', renderCartCard(cartView([]), svEnv, { notice: { text: sv('cart.emptied'), tone: 'good' } })],
];

describe('every card the bot sends', () => {
  it.each(cases)('%s parses as Adaptive Card 1.5 with no problems and fits Teams', (_name, card) => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('the validator does catch a broken card', () => {
    const broken = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Image' }],
      actions: [{ type: 'Action.Execute', title: '${x}' }],
    } as AdaptiveCard;
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

const editVerbs = (card: AdaptiveCard) => JSON.stringify(card).split('"cart.edit"').length - 1;

describe('cart card', () => {
  it('shows all 25 cardholders of a typical cart on one page, each with Edit and Remove', () => {
    const card = renderCartCard(typical25, enEnv);
    expect(editVerbs(card)).toBe(25);
    expect(JSON.stringify(card).split('"cart.remove"').length - 1).toBe(25);
    expect(JSON.stringify(card)).not.toContain('cart.show');
  });

  it('shows the thumbnail by signed URL, the masked number, card type, manual-ID flag and photo advice', () => {
    const line = cartLine(1);
    const json = JSON.stringify(renderCartCard(cartView([line]), enEnv));
    expect(json).toMatch(/"url":"https:\/\/[^"]+\/photos\/[^"]+\/thumb\?exp=\d+&sig=[^"]+"/);
    expect(json).not.toContain('data:image');
    expect(json).toContain('19900101-****');
    expect(json).not.toContain('199001011239');
    expect(json).toContain('Manual ID verification (no BankID)');
    expect(json).toContain('23% of it was cut away');
    expect(json).toContain('Standard');
  });

  it('says why a cardholder cannot be ordered, with no thumbnail for a missing photo', () => {
    const json = JSON.stringify(
      renderCartCard(
        cartView([
          cartLine(0, {}, { kind: 'missing' }),
          cartLine(2, {}, { kind: 'failed', code: 'too_small', params: { width: 200, height: 260, minWidth: 300, minHeight: 410 } }),
        ]),
        enEnv,
      ),
    );
    expect(json).toContain('Photo needed: choose **Send photo** to send it');
    expect(json).toContain('Photo refused: The photo is only 200 × 260 pixels');
    expect(json).toContain('2 cardholders cannot be ordered');
    expect(json).not.toContain('/thumb?');
  });

  it('pages a cart whose advice would not fit, and every page stays under the limit', () => {
    const heavy = cartView(Array.from({ length: 300 }, (_, i) => cartLine(i)));
    const first = renderCartCard(heavy, enEnv);
    const pages = Number(/Page 1 of (\d+)/.exec(JSON.stringify(first))![1]);
    let seen = 0;
    for (let page = 1; page <= pages; page++) {
      const card = renderCartCard(heavy, enEnv, { page });
      expect(cardProblems(card)).toEqual([]);
      seen += editVerbs(card);
    }
    expect(seen).toBe(300);
  });

  it('asks before emptying, bound to the cart version shown', () => {
    const card = renderCartCard(typical25, enEnv, { mode: 'confirmEmpty' });
    expect(JSON.stringify(card)).toContain('Remove all 25 cardholders from the cart?');
    expect(card.actions).toEqual([
      expect.objectContaining({ verb: 'cart.emptyConfirm', data: { version: typical25.version } }),
      expect.objectContaining({ verb: 'cart.show' }),
    ]);
    expect(editVerbs(card)).toBe(0);
  });

  it('offers only Add another on an empty cart', () => {
    const card = renderCartCard(cartView([]), enEnv);
    expect((card.actions as { verb: string }[]).map((a) => a.verb)).toEqual(['command.run']);
    expect(JSON.stringify(card)).toContain('Your cart is empty');
  });
});
