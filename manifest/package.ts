/**
 * `npm run package`: builds the Teams app package into manifest/build/id06-teams-app.zip.
 *
 *   MicrosoftAppId   required, a GUID (app id and bot id)
 *   PUBLIC_BASE_URL  required, https (its host becomes validDomains; /privacy and /terms below it)
 *   APP_VERSION      optional, default package.json's version
 *   DEVELOPER_NAME, DEVELOPER_WEBSITE_URL, DEVELOPER_PRIVACY_URL, DEVELOPER_TERMS_URL  optional
 *   --out <dir> or MANIFEST_OUT_DIR   where the zip goes (default manifest/build)
 *   --template <file>                 another manifest template (for tests)
 *
 * Exit codes: 0 written, 1 the manifest or a localisation file fails the official schema (nothing
 * written), 2 an environment variable is missing or invalid.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MANIFEST_DIR, packageApp, type Json } from './build';
import { MANIFEST_VERSION } from './schema';
import { settingsFromEnv } from './settings';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, template: { type: 'string' } } });
  const pkg = JSON.parse(await readFile(join(MANIFEST_DIR, '..', 'package.json'), 'utf8')) as { version: string };

  const parsed = settingsFromEnv(process.env, pkg.version);
  if (!parsed.ok) {
    for (const problem of parsed.problems) console.error(problem);
    return 2;
  }
  const outDir = resolve(values.out ?? process.env.MANIFEST_OUT_DIR ?? join(MANIFEST_DIR, 'build'));
  const template = values.template ? (JSON.parse(await readFile(values.template, 'utf8')) as Json) : undefined;

  const result = await packageApp({ settings: parsed.settings, outDir, template });
  if (!result.ok) {
    console.error(`The app package does not match the Teams manifest schema v${MANIFEST_VERSION}:`);
    for (const line of result.errors) console.error(line);
    return 1;
  }
  const { settings } = parsed;
  console.log(`Wrote ${result.zipPath} (manifest v${MANIFEST_VERSION}, app ${settings.appId}, version ${settings.appVersion})`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
