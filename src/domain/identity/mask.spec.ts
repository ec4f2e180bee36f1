import { describe, expect, it } from 'vitest';
import { maskTypedIdentity } from './index';

describe('maskTypedIdentity: a number as typed, checked or not', () => {
  it.each([
    ['19900101-1235', '19900101-****'],
    ['199001011235', '19900101****'],
    ['900101-1235', '900101-****'],
    ['9001011235', '900101****'],
    ['01019012345', '0101901****'],
    ['AB1234567', 'AB*******'],
    ['12345', '12***'],
    ['1', '*'],
    ['', ''],
  ])('%s -> %s', (typed, masked) => {
    expect(maskTypedIdentity(typed)).toBe(masked);
  });
});
