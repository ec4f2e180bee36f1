import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildManifest,
  fillTemplate,
  languageFiles,
  localizationFile,
  MANIFEST_DIR,
  type Json,
  type LocalizedStrings,
} from '../../manifest/build';
import { BOT_COMMANDS } from '../../manifest/commands';
import { LOCALIZATION_SCHEMA_URL, MANIFEST_SCHEMA_URL, validateLocalization, validateManifest } from '../../manifest/schema';
import { APP_ID, validSettings } from './helpers';
import { ORDERS_TAB_ENTITY_ID } from '../../src/chat/ordersTabLink';

const readJson = async (name: string) => JSON.parse(await readFile(join(MANIFEST_DIR, name), 'utf8')) as Json;
const template = await readJson('manifest.template.json');
const english = (await readJson('localization/en-us.json')) as LocalizedStrings;
const swedish = (await readJson('localization/sv-se.json')) as LocalizedStrings;
const manifest = buildManifest(template, validSettings, english);
const bot = (manifest.bots as Record<string, unknown>[])[0] as {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  isNotificationOnly: boolean;
  commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
};

describe('buildManifest', () => {
  it('validates against the bundled official schema', () => {
    expect(validateManifest(manifest)).toEqual([]);
    expect(manifest.$schema).toBe(MANIFEST_SCHEMA_URL);
    expect(manifest.manifestVersion).toBe('1.30');
  });

  it('uses the app id for the app and the bot, and the public host as the only valid domain', () => {
    expect(manifest.id).toBe(APP_ID);
    expect(bot.botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['id06-bot.example.com']);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.developer).toEqual(validSettings.developer);
  });

  it("has the Orders tab: a personal tab, a channel tab to configure, and Teams SSO for the app id's App ID URI", () => {
    const manifest = buildManifest(template, validSettings, english) as any;
    expect(manifest.staticTabs).toEqual([
      expect.objectContaining({ entityId: ORDERS_TAB_ENTITY_ID, contentUrl: 'https://id06-bot.example.com/tab/', scopes: ['personal'] }),
    ]);
    expect(manifest.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: 'https://id06-bot.example.com/tab/?configure=1', scopes: ['team', 'groupChat'] }),
    ]);
    expect(manifest.webApplicationInfo).toEqual({ id: APP_ID, resource: `api://id06-bot.example.com/${APP_ID}` });
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('offers a conversational bot that takes files in personal, team and group chats', () => {
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.supportsFiles).toBe(true);
    expect(bot.isNotificationOnly).toBe(false);
  });

  it('lists the commands from BOT_COMMANDS for personal and for team/groupChat', () => {
    expect(bot.commandLists.map((list) => list.scopes)).toEqual([['personal'], ['team', 'groupChat']]);
    const expected = BOT_COMMANDS.map(({ title, description }) => ({ title, description: description.en }));
    for (const list of bot.commandLists) expect(list.commands).toEqual(expected);
    expect(BOT_COMMANDS.map((c) => c.title)).toEqual(['help', 'new card', 'cart', 'checkout', 'orders', 'import', 'admin']);
  });

  it('takes the English name and descriptions from the default language file', () => {
    expect(manifest.name).toEqual({ short: 'ID06 Cards', full: 'ID06 card ordering' });
    expect(manifest.description).toEqual({ short: english['description.short'], full: english['description.full'] });
  });
});

describe('localisation files', () => {
  it('are the en-us default and the sv-se additional language', () => {
    expect(manifest.localizationInfo).toMatchObject({
      defaultLanguageTag: 'en-us',
      additionalLanguages: [{ languageTag: 'sv-se', file: 'sv-se.json' }],
    });
    expect(languageFiles(manifest)).toEqual([
      { file: 'en-us.json', language: 'en' },
      { file: 'sv-se.json', language: 'sv' },
    ]);
  });

  it('validate against the localisation schema and carry the Swedish command descriptions', () => {
    const sv = localizationFile(manifest, swedish, 'sv');
    expect(validateLocalization(sv)).toEqual([]);
    expect(validateLocalization(localizationFile(manifest, english, 'en'))).toEqual([]);
    expect(sv.$schema).toBe(LOCALIZATION_SCHEMA_URL);
    expect(sv['name.short']).toBe('ID06-kort');
    expect(sv['bots[0].commandLists[1].commands[2].description']).toBe(BOT_COMMANDS[2].description.sv);
  });

  it('refuses a translation that breaks the schema', () => {
    const tooLong = localizationFile(manifest, { ...swedish, 'name.short': 'x'.repeat(31) }, 'sv');
    expect(validateLocalization(tooLong)).toEqual(['/name.short must NOT have more than 30 characters']);
  });
});

describe('fillTemplate', () => {
  it('fills embedded placeholders and whole-value placeholders', () => {
    expect(fillTemplate({ a: 'https://${{HOST}}/x', b: '${{LIST}}' }, { HOST: 'h', LIST: [1] })).toEqual({ a: 'https://h/x', b: [1] });
  });

  it('fails loudly on a placeholder without a value', () => {
    expect(() => fillTemplate(['${{TYPO}}'], {})).toThrow('${{TYPO}}');
  });
});
