import { describe, expect, it } from 'vitest';
import { addMonths, inRenewalWindow, pastValidity, validityBasis, validUntil } from './index';

const AT = new Date('2026-03-02T10:00:00Z');

describe('validity (a stand-in for the issuer): nationality and samordningsnummer', () => {
  it.each<[string, string, string | null, string, string]>([
    ['Swedish citizen', 'SE', null, 'swedish_or_coordination', '2031-03-02T10:00:00.000Z'],
    ['Swedish citizen, lower-case alpha-3', 'swe', null, 'swedish_or_coordination', '2031-03-02T10:00:00.000Z'],
    ['Polish citizen with a samordningsnummer', 'PL', '197010632391', 'swedish_or_coordination', '2031-03-02T10:00:00.000Z'],
    ['US citizen with a samordningsnummer', 'US', '197010632391', 'swedish_or_coordination', '2031-03-02T10:00:00.000Z'],
    ['Polish citizen without', 'PL', null, 'eu_eea', '2026-09-02T10:00:00.000Z'],
    ['Norwegian (EEA) citizen without, blank number', 'NO', '  ', 'eu_eea', '2026-09-02T10:00:00.000Z'],
    ['Swiss citizen (not EEA) without', 'CH', null, 'other', '2026-06-02T10:00:00.000Z'],
    ['Ukrainian citizen without', 'UA', null, 'other', '2026-06-02T10:00:00.000Z'],
    ['unknown code', 'XX', null, 'other', '2026-06-02T10:00:00.000Z'],
  ])('%s: %s / %s -> %s until %s', (_name, nationality, coordinationNumber, basis, until) => {
    expect(validityBasis({ nationality, coordinationNumber })).toBe(basis);
    expect(validUntil({ nationality, coordinationNumber }, AT).toISOString()).toBe(until);
  });
  it.each<[string, number, string]>([
    ['2026-08-31T12:00:00Z', 6, '2027-02-28T12:00:00.000Z'],
    ['2027-11-30T00:00:00Z', 3, '2028-02-29T00:00:00.000Z'],
    ['2026-01-31T00:00:00Z', 1, '2026-02-28T00:00:00.000Z'],
  ])('addMonths(%s, %i) clamps to the month end: %s', (at, months, expected) => {
    expect(addMonths(new Date(at), months).toISOString()).toBe(expected);
  });
  it('knows the renewal window and when a card is past its date', () => {
    const until = new Date('2026-05-01T10:00:00Z');
    expect(inRenewalWindow(until, AT, 60)).toBe(true);
    expect(inRenewalWindow(until, AT, 59)).toBe(false);
    expect(inRenewalWindow(null, AT, 60)).toBe(false);
    expect(pastValidity(until, AT)).toBe(false);
    expect(pastValidity(until, until)).toBe(true);
    expect(pastValidity(null, AT)).toBe(false);
  });
});
