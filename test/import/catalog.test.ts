import { describe, expect, it } from 'vitest';
import { bulk } from '../../src/i18n/catalog/bulk';
import { placeholdersOf, type Message } from '../../src/i18n/define';

const placeholders = placeholdersOf;

describe('bulk message catalogue', () => {
  it('every key starts with bulk., has Swedish, and both languages use the same placeholders', () => {
    for (const [key, en] of Object.entries(bulk.en)) {
      expect(key.startsWith('bulk.')).toBe(true);
      const sv = (bulk.sv as Record<string, Message>)[key];
      expect(sv, key).toBeTruthy();
      expect(placeholders(sv!), key).toEqual(placeholders(en));
    }
    expect(Object.keys(bulk.sv).sort()).toEqual(Object.keys(bulk.en).sort());
  });
});
