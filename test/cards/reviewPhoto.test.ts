import { describe, expect, it } from 'vitest';
import { reviewCard } from '../../cards/review';
import { translator, type Locale } from '../../src/i18n';
import { cardProblems } from '../support/validateCard';

const line = (photoUrl?: string) => ({
  itemId: 'i',
  name: 'Åsa-Lena Żółkiewska',
  details: '19900101-**** · Sweden · Standard',
  status: 'Submitted',
  notes: [],
  thumbnailUrl: 'https://bot.example.com/photos/p1/thumb?exp=1&sig=a',
  ...(photoUrl === undefined ? {} : { photoUrl }),
});
const card = (locale: Locale, photoUrl?: string) =>
  reviewCard(translator(locale), {
    orderId: 'o',
    title: 'ID06-2026-000001',
    facts: 'Demo Bygg AB',
    items: [line(photoUrl)],
    open: true,
    outcome: '',
    outcomeTone: 'good',
  });
const image = (c: object) => JSON.parse(JSON.stringify(c)).body[2].items[0].columns[0].items[0];

describe.each<Locale>(['en', 'sv'])('review card thumbnails (%s)', (locale) => {
  it('open the full-size photo with Action.OpenUrl and still validate', () => {
    const c = card(locale, 'https://bot.example.com/photos/p1/large?exp=1&sig=b');
    expect(cardProblems(c)).toEqual([]);
    expect(image(c).selectAction).toEqual({
      type: 'Action.OpenUrl',
      url: 'https://bot.example.com/photos/p1/large?exp=1&sig=b',
      title: 'Åsa-Lena Żółkiewska',
    });
  });
  it('without a full-size link the thumbnail is not clickable', () => {
    const c = card(locale);
    expect(cardProblems(c)).toEqual([]);
    expect(image(c).selectAction).toBeUndefined();
  });
});
