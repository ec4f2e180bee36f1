import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { ZipFile } from 'yazl';
import { BOT_COMMANDS } from './commands';
import { LOCALIZATION_SCHEMA_URL, MANIFEST_SCHEMA_URL, MANIFEST_VERSION, validateLocalization, validateManifest } from './schema';
import type { ManifestSettings } from './settings';

export const MANIFEST_DIR = dirname(fileURLToPath(import.meta.url));
export const ZIP_NAME = 'id06-teams-app.zip';
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Manifest = { [key: string]: Json };
/** A localisation file: `$schema` plus dotted manifest paths (`name.short`) mapped to strings. */
export type LocalizedStrings = Record<string, string>;
export interface PackageFile {
  readonly name: string;
  readonly data: Buffer;
}

const PLACEHOLDER = /\$\{\{([\w.]+)\}\}/g;

/** Replaces `${{NAME}}` in every string; a string that is only a placeholder may become any JSON value. */
export function fillTemplate(node: Json, vars: Readonly<Record<string, Json>>): Json {
  const lookup = (name: string): Json => {
    if (!(name in vars)) throw new Error(`manifest template: no value for \${{${name}}}`);
    return vars[name] as Json;
  };
  if (typeof node === 'string') {
    const whole = /^\$\{\{([\w.]+)\}\}$/.exec(node);
    if (whole) return lookup(whole[1] as string);
    return node.replace(PLACEHOLDER, (_, name: string) => String(lookup(name)));
  }
  if (Array.isArray(node)) return node.map((item) => fillTemplate(item, vars));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fillTemplate(value, vars)]));
  }
  return node;
}

/** The manifest from the template; English strings come from the default-language file so they exist once. */
export function buildManifest(template: Json, settings: ManifestSettings, english: LocalizedStrings): Manifest {
  const { $schema: _ignored, ...strings } = english;
  const vars: Record<string, Json> = {
    ...strings,
    SCHEMA_URL: MANIFEST_SCHEMA_URL,
    MANIFEST_VERSION,
    APP_VERSION: settings.appVersion,
    MicrosoftAppId: settings.appId,
    PUBLIC_HOST: settings.publicHost,
    TAB_URL: settings.tabUrl,
    APP_ID_URI: settings.appIdUri,
    DEVELOPER_NAME: settings.developer.name,
    DEVELOPER_WEBSITE_URL: settings.developer.websiteUrl,
    DEVELOPER_PRIVACY_URL: settings.developer.privacyUrl,
    DEVELOPER_TERMS_URL: settings.developer.termsOfUseUrl,
    BOT_COMMANDS: BOT_COMMANDS.map(({ title, description }) => ({ title, description: description.en })),
  };
  return fillTemplate(template, vars) as Manifest;
}

interface CommandList {
  commands?: { title?: string }[];
}

/**
 * A localisation file as shipped: the committed strings plus the command descriptions in that
 * language, keyed by their place in the built manifest (`bots[0].commandLists[1].commands[2].description`).
 */
export function localizationFile(manifest: Manifest, committed: LocalizedStrings, language: 'en' | 'sv'): LocalizedStrings {
  const { $schema: _ignored, ...strings } = committed;
  const file: LocalizedStrings = { $schema: LOCALIZATION_SCHEMA_URL, ...strings };
  const bots = manifest.bots as { commandLists?: CommandList[] }[] | undefined;
  bots?.[0]?.commandLists?.forEach((list, i) =>
    list.commands?.forEach((command, j) => {
      const known = BOT_COMMANDS.find((c) => c.title === command.title);
      if (known) file[`bots[0].commandLists[${i}].commands[${j}].description`] = known.description[language];
    }),
  );
  return file;
}

/** The language files the manifest names, with the message-catalogue language of each. */
export function languageFiles(manifest: Manifest): { file: string; language: 'en' | 'sv' }[] {
  const info = manifest.localizationInfo as
    { defaultLanguageTag: string; defaultLanguageFile?: string; additionalLanguages?: { languageTag: string; file: string }[] } | undefined;
  if (!info) return [];
  const entries = [
    ...(info.defaultLanguageFile ? [{ languageTag: info.defaultLanguageTag, file: info.defaultLanguageFile }] : []),
    ...(info.additionalLanguages ?? []),
  ];
  return entries.map(({ languageTag, file }) => {
    const language = languageTag.slice(0, 2).toLowerCase();
    if (language !== 'en' && language !== 'sv') throw new Error(`no command descriptions for language ${languageTag}`);
    return { file, language };
  });
}

/**
 * Both icons from the one SVG (white glyph on transparent). Colour: 192x192, the glyph on an opaque
 * square of the accent colour. Outline: 32x32, every pixel white with only the alpha varying.
 */
export async function renderIcons(svg: Buffer, accentColor: string): Promise<{ color: Buffer; outline: Buffer }> {
  const glyphAt = (size: number) =>
    sharp(svg, { density: 72 * (size / 32) })
      .resize(size, size, { fit: 'contain', background: '#0000' })
      .ensureAlpha();
  const glyph = await glyphAt(120).png().toBuffer();
  const square = await sharp({ create: { width: 192, height: 192, channels: 3, background: accentColor } })
    .composite([{ input: glyph, gravity: 'centre' }])
    .png()
    .toBuffer();
  const color = await sharp(square).removeAlpha().png().toBuffer();

  const { data, info } = await glyphAt(32).raw().toBuffer({ resolveWithObject: true });
  // Antialiasing leaves grey-ish edge pixels; Teams wants pure white, so keep only the coverage (alpha).
  for (let i = 0; i < data.length; i += 4) data.fill(255, i, i + 3);
  const outline = await sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } })
    .png()
    .toBuffer();
  return { color, outline };
}

/** Writes the zip beside its final name and renames it, so a failed run never leaves half a package. */
export async function writeZip(path: string, files: readonly PackageFile[]): Promise<void> {
  const zip = new ZipFile();
  // A fixed timestamp keeps the package byte-identical for identical input.
  const mtime = new Date('2020-01-01T00:00:00Z');
  for (const { name, data } of files) zip.addBuffer(data, name, { mtime });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(Buffer.from(chunk as Buffer));
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  try {
    await writeFile(partial, Buffer.concat(chunks));
    await rename(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
}

export interface PackageOptions {
  readonly settings: ManifestSettings;
  readonly outDir: string;
  /** Defaults to manifest/manifest.template.json. */
  readonly template?: Json;
}
export type PackageResult = { ok: true; zipPath: string; manifest: Manifest } | { ok: false; errors: string[] };

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Json;

/** Build, validate offline, and only then render icons and write the zip. */
export async function packageApp({ settings, outDir, template }: PackageOptions): Promise<PackageResult> {
  const localizationDir = join(MANIFEST_DIR, 'localization');
  const english = (await readJson(join(localizationDir, 'en-us.json'))) as LocalizedStrings;
  const manifest = buildManifest(template ?? (await readJson(join(MANIFEST_DIR, 'manifest.template.json'))), settings, english);
  const errors = validateManifest(manifest);
  const files: PackageFile[] = [{ name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) }];
  for (const { file, language } of languageFiles(manifest)) {
    const strings = localizationFile(manifest, (await readJson(join(localizationDir, file))) as LocalizedStrings, language);
    errors.push(...validateLocalization(strings).map((line) => `${file}: ${line}`));
    files.push({ name: file, data: Buffer.from(JSON.stringify(strings, null, 2)) });
  }
  if (errors.length > 0) return { ok: false, errors };

  const icons = await renderIcons(await readFile(join(MANIFEST_DIR, 'icon.svg')), String(manifest.accentColor));
  const names = manifest.icons as { color: string; outline: string };
  files.push({ name: names.color, data: icons.color }, { name: names.outline, data: icons.outline });
  const zipPath = join(outDir, ZIP_NAME);
  await writeZip(zipPath, files);
  return { ok: true, zipPath, manifest };
}
