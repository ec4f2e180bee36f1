import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv-draft-04';

/**
 * Offline validation against the official Teams JSON schemas bundled in @microsoft/app-manifest.
 * `$schema` in the manifest is a reference for editors only: nothing here touches the network.
 * 1.30 is the newest version the package bundles, and it compiles with ajv-draft-04.
 */
export const MANIFEST_VERSION = '1.30';
const SCHEMA_BASE = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}`;
export const MANIFEST_SCHEMA_URL = `${SCHEMA_BASE}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `${SCHEMA_BASE}/MicrosoftTeams.Localization.schema.json`;

const require = createRequire(import.meta.url);

function loadBundledSchema(file: string): Record<string, unknown> {
  const path = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/${file}`);
  // The schema files ship with a byte-order mark, which JSON.parse rejects.
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
}

// strictTypes is off as upstream does (@microsoft/app-manifest): the official schemas omit `type`
// beside some keywords, which is valid draft-04 but noisy under ajv's strict mode.
function compile(file: string, unicodeRegExp: boolean): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp });
  // The only format the schemas use is "uri" (on `$schema`); ajv-formats is not a direct dependency.
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(loadBundledSchema(file));
}

let manifestValidator: ValidateFunction | undefined;
let localizationValidator: ValidateFunction | undefined;

/** One line per problem: `instancePath message`, as the schema words it. Empty when valid. */
export function validateManifest(manifest: unknown): string[] {
  manifestValidator ??= compile('MicrosoftTeams.schema.json', true);
  return manifestValidator(manifest) ? [] : (manifestValidator.errors ?? []).map(formatSchemaError);
}

export function validateLocalization(strings: unknown): string[] {
  // The localisation schema's patterns (`\b...\b]`) are invalid under the regex `u` flag.
  localizationValidator ??= compile('MicrosoftTeams.Localization.schema.json', false);
  return localizationValidator(strings) ? [] : (localizationValidator.errors ?? []).map(formatSchemaError);
}

export function formatSchemaError(error: ErrorObject): string {
  const where = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  // "must NOT have additional properties" is useless without the property's name.
  const detail = typeof params.additionalProperty === 'string' ? ` (${params.additionalProperty})` : '';
  return `${where} ${error.message ?? 'is invalid'}${detail}`;
}
