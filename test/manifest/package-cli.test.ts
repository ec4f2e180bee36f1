import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { APP_ID, BASE_URL, readZip, runPackageCli, withTempDir } from './helpers';

const env = { MicrosoftAppId: APP_ID, PUBLIC_BASE_URL: BASE_URL };

describe('npm run package', () => {
  it('writes a zip with exactly the manifest, icons and localisation files at its root', async () => {
    await withTempDir(async (dir) => {
      const run = await runPackageCli({ ...env, APP_VERSION: '1.0.7' }, ['--out', dir]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const entries = await readZip(join(dir, 'id06-teams-app.zip'));
      expect([...entries.keys()].sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png', 'sv-se.json']);

      const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
      expect(manifest.id).toBe(APP_ID);
      expect(manifest.version).toBe('1.0.7');
      expect(manifest.bots[0]).toMatchObject({ botId: APP_ID, scopes: ['personal', 'team', 'groupChat'], supportsFiles: true });
      expect(manifest.validDomains).toEqual(['id06-bot.example.com']);
      expect(JSON.parse(entries.get('sv-se.json')!.toString('utf8'))['name.short']).toBe('ID06-kort');
      expect(await sharp(entries.get('color.png')!).metadata()).toMatchObject({ width: 192, height: 192 });
      expect(await sharp(entries.get('outline.png')!).metadata()).toMatchObject({ width: 32, height: 32 });
      expect(await readdir(dir)).toEqual(['id06-teams-app.zip']);
    });
  });

  it('takes the output directory from MANIFEST_OUT_DIR too', async () => {
    await withTempDir(async (dir) => {
      const run = await runPackageCli({ ...env, MANIFEST_OUT_DIR: dir });
      expect(run.code).toBe(0);
      expect(await readdir(dir)).toEqual(['id06-teams-app.zip']);
    });
  });

  it.each([
    ['MicrosoftAppId is missing', { PUBLIC_BASE_URL: BASE_URL }, /^MicrosoftAppId /],
    ['PUBLIC_BASE_URL is http', { ...env, PUBLIC_BASE_URL: 'http://id06-bot.example.com' }, /^PUBLIC_BASE_URL must be an https/],
  ])('exits 2 with one line naming the variable when %s', async (_, vars, line) => {
    await withTempDir(async (dir) => {
      const run = await runPackageCli(vars, ['--out', dir]);
      expect(run.code).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it('exits 1 with the schema messages and writes nothing when the manifest is invalid', async () => {
    await withTempDir(async (dir) => {
      const template = join(dir, 'broken.json');
      await writeFile(template, JSON.stringify({ manifestVersion: '1.30', accentColor: 'red' }));
      const out = join(dir, 'out');
      const run = await runPackageCli(env, ['--out', out, '--template', template]);
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toContain("/ must have required property 'id'");
      expect(lines).toContain('/accentColor must match pattern "^#[0-9a-fA-F]{6}$"');
      expect(await readdir(dir)).toEqual(['broken.json']);
    });
  });
});
