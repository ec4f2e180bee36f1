import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_DIR, packageApp, type Json, type Manifest } from '../../manifest/build';
import { validSettings, withTempDir } from './helpers';

const template = JSON.parse(await readFile(join(MANIFEST_DIR, 'manifest.template.json'), 'utf8')) as Manifest;

const cases: { name: string; template: Manifest; settings?: typeof validSettings; expected: string[] }[] = [
  {
    name: 'missing name.short',
    template: { ...template, name: { full: '${{name.full}}' } },
    expected: ["/name must have required property 'short'"],
  },
  {
    name: 'a bad accentColor',
    template: { ...template, accentColor: 'orange' },
    expected: ['/accentColor must match pattern "^#[0-9a-fA-F]{6}$"'],
  },
  {
    name: 'a non-GUID id (the env check is bypassed: the schema is the second line of defence)',
    template,
    settings: { ...validSettings, appId: 'not-a-guid' },
    expected: [
      '/id must match pattern "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"',
      '/bots/0/botId must match pattern "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"',
      '/webApplicationInfo/id must match pattern "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"',
    ],
  },
  {
    name: 'an unknown property',
    template: { ...template, botz: [] as Json },
    expected: ['/ must NOT have additional properties (botz)'],
  },
];

describe('packageApp refuses a manifest the official schema rejects', () => {
  it.each(cases)('$name', async ({ template: broken, settings, expected }) => {
    await withTempDir(async (outDir) => {
      const result = await packageApp({ settings: settings ?? validSettings, outDir, template: broken });
      expect(result).toEqual({ ok: false, errors: expected });
      expect(await readdir(outDir)).toEqual([]);
    });
  });
});
