import { describe, expect, it } from 'vitest';
import { displayFileName } from '../../src/import';

describe('file names from a browser upload', () => {
  it.each([
    ['people.xlsx', 'people.xlsx'],
    ['  Personal Q4.xlsx ', 'Personal Q4.xlsx'],
    ['C:\\Users\\olle\\people.xlsx', 'people.xlsx'],
    ['../../etc/passwd', 'passwd'],
    ['peo\u0000ple\n.zip', 'people.zip'],
    ['', 'import.xlsx'],
    [undefined, 'import.xlsx'],
    ['folder/', 'import.xlsx'],
  ])('%j is shown as %j', (raw, shown) => {
    expect(displayFileName(raw)).toBe(shown);
  });

  it('caps a very long name but keeps its extension', () => {
    const shown = displayFileName(`${'x'.repeat(300)}.xlsx`);
    expect(shown).toHaveLength(120);
    expect(shown.endsWith('….xlsx')).toBe(true);
  });
});
