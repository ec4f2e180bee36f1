import { describe, expect, it } from 'vitest';
import { checkAddressName, checkCity, checkExpenseCode, checkStreet, formatAddress, sameAddress } from './address';
import { formatSek, orderTotals, vatOf } from './money';
import { formatOrderNumber, orderYear, parseOrderNumber } from './orderNumber';
import { blocksCheckout, photoState } from './photoBlockers';
import { checkPostalCode } from './postalCode';

describe('Swedish postal code', () => {
  it.each([
    ['113 21', '113 21'],
    ['11321', '113 21'],
    [' 113  21 ', '113 21'],
    ['SE-113 21', '113 21'],
    ['se 11321', '113 21'],
    ['S-11321', '113 21'],
    ['98132', '981 32'],
  ])('accepts %j as %j', (input, normalised) => {
    expect(checkPostalCode(input)).toEqual({ ok: true, value: normalised });
  });

  it.each([
    ['', 'address.postal_code.empty'],
    ['1132', 'address.postal_code.format'],
    ['113 211', 'address.postal_code.format'],
    ['113-21', 'address.postal_code.format'],
    ['01321', 'address.postal_code.format'],
    ['ABC DE', 'address.postal_code.format'],
    ['DK-2100', 'address.postal_code.format'],
  ])('refuses %j with %s', (input, code) => {
    const result = checkPostalCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });
});

describe('money and VAT in öre', () => {
  it('computes net, 25 % VAT and gross for whole cards', () => {
    expect(orderTotals(3, 19900, 25)).toEqual({
      cardCount: 3,
      pricePerCardOre: 19900,
      vatRatePercent: 25,
      netOre: 59700,
      vatOre: 14925,
      grossOre: 74625,
    });
    expect(orderTotals(0, 19900, 25)).toMatchObject({ netOre: 0, vatOre: 0, grossOre: 0 });
  });

  it.each([
    [1, 25, 0],
    [2, 25, 1],
    [10, 25, 3],
    [6, 25, 2],
    [19900, 12, 2388],
    [99, 6, 6],
  ])('rounds VAT of %i öre at %i %% half up to %i öre', (net, rate, vat) => {
    expect(vatOf(net, rate)).toBe(vat);
  });

  it('refuses fractional or negative amounts instead of drifting', () => {
    expect(() => orderTotals(1.5, 19900, 25)).toThrow(RangeError);
    expect(() => orderTotals(1, 199.5, 25)).toThrow(RangeError);
    expect(() => vatOf(-1, 25)).toThrow(RangeError);
  });

  it.each([
    [19900, 'en', 'SEK 199.00'],
    [19900, 'sv', '199,00 kr'],
    [123456789, 'en', 'SEK 1,234,567.89'],
    [123456789, 'sv', '1 234 567,89 kr'],
    [5, 'sv', '0,05 kr'],
    [-4975, 'en', '-SEK 49.75'],
  ] as const)('formats %i öre in %s as %j', (ore, locale, text) => {
    expect(formatSek(ore, locale)).toBe(text);
  });
});

describe('order numbers', () => {
  it('formats ID06-<year>-<6 digits>', () => {
    expect(formatOrderNumber(2026, 123)).toBe('ID06-2026-000123');
    expect(formatOrderNumber(2026, 1)).toMatch(/^ID06-\d{4}-\d{6}$/);
    expect(formatOrderNumber(2027, 999_999)).toBe('ID06-2027-999999');
  });

  it('refuses a sequence that does not fit six digits, or no sequence', () => {
    expect(() => formatOrderNumber(2026, 1_000_000)).toThrow(RangeError);
    expect(() => formatOrderNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatOrderNumber(26, 1)).toThrow(RangeError);
  });

  it('parses what it formats and nothing else', () => {
    expect(parseOrderNumber(' id06-2026-000123 ')).toEqual({ year: 2026, sequence: 123 });
    expect(parseOrderNumber('ID06-2026-123')).toBeUndefined();
    expect(parseOrderNumber('ID06-2026-000000')).toBeUndefined();
  });

  it('takes the year in Swedish time', () => {
    expect(orderYear(new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(orderYear(new Date('2026-12-31T22:30:00Z'))).toBe(2026);
  });
});

describe('addresses and the expense code', () => {
  it('accepts and tidies a parcel address', () => {
    expect(checkAddressName('  Demo   Bygg AB ')).toEqual({ ok: true, value: 'Demo Bygg AB' });
    expect(checkStreet('Box 123')).toEqual({ ok: true, value: 'Box 123' });
    expect(checkCity('Upplands Väsby')).toEqual({ ok: true, value: 'Upplands Väsby' });
  });

  it.each([
    [checkAddressName, '', 'address.name.empty'],
    [checkStreet, '12345', 'address.characters'],
    [checkStreet, 'x'.repeat(61), 'address.too_long'],
    [checkCity, 'Stockholm 1', 'address.city.characters'],
    [checkCity, '', 'address.city.empty'],
    [checkAddressName, '<script>', 'address.characters'],
  ] as const)('refuses with the reason (%#)', (check, input, code) => {
    const result = check(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe(code);
  });

  it('takes an expense code of at most 30 characters', () => {
    expect(checkExpenseCode(' KST 4711 / Projekt Norra ')).toEqual({ ok: true, value: 'KST 4711 / Projekt Norra' });
    expect(checkExpenseCode('x'.repeat(30)).ok).toBe(true);
    const long = checkExpenseCode('x'.repeat(31));
    expect(long).toMatchObject({ ok: false, code: 'expense_code.too_long', params: { max: 30, length: 31 } });
    expect(checkExpenseCode('a\u0007b')).toMatchObject({ ok: false, code: 'expense_code.characters' });
  });

  it('prints an address on one line and compares without case or spacing', () => {
    const a = { name: 'Demo Bygg AB', careOf: 'Site office', street: 'Torsgatan 30', postalCode: '113 21', city: 'Stockholm' };
    expect(formatAddress(a)).toBe('Demo Bygg AB, c/o Site office, Torsgatan 30, 113 21 Stockholm');
    expect(formatAddress({ ...a, careOf: null })).toBe('Demo Bygg AB, Torsgatan 30, 113 21 Stockholm');
    expect(sameAddress(a, { ...a, name: 'demo  bygg ab', city: 'STOCKHOLM' })).toBe(true);
    expect(sameAddress(a, { ...a, careOf: null })).toBe(false);
  });
});

describe('photo blockers', () => {
  it.each([
    [{ photoId: 'p', photoFailure: null, photoStored: true }, 'ok', false],
    [{ photoId: null, photoFailure: null, photoStored: false }, 'missing', true],
    [{ photoId: 'p', photoFailure: null, photoStored: false }, 'unavailable', true],
    [{ photoId: null, photoFailure: { code: 'too_small', params: { width: 200 } }, photoStored: false }, 'failed', true],
  ])('%j is %s', (facts, kind, blocks) => {
    const state = photoState(facts);
    expect(state.kind).toBe(kind);
    expect(blocksCheckout(state)).toBe(blocks);
  });
});
