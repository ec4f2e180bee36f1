import { describe, expect, it } from 'vitest';
import { settingsFromEnv } from '../../manifest/settings';
import { APP_ID } from './helpers';

const good = { MicrosoftAppId: APP_ID, PUBLIC_BASE_URL: 'https://bot.example.com' };

describe('settingsFromEnv', () => {
  it('derives the domain and the developer pages from PUBLIC_BASE_URL', () => {
    expect(settingsFromEnv(good, '0.1.0')).toEqual({
      ok: true,
      settings: {
        appId: APP_ID,
        appVersion: '0.1.0',
        publicHost: 'bot.example.com',
        tabUrl: 'https://bot.example.com/tab/',
        appIdUri: `api://bot.example.com/${APP_ID}`,
        developer: {
          name: 'bot.example.com',
          websiteUrl: 'https://bot.example.com/',
          privacyUrl: 'https://bot.example.com/privacy',
          termsOfUseUrl: 'https://bot.example.com/terms',
        },
      },
    });
  });

  it('keeps a base path and drops the port from the domain', () => {
    const result = settingsFromEnv({ ...good, PUBLIC_BASE_URL: 'https://bot.example.com:8443/id06' }, '0.1.0');
    expect(result.ok && result.settings.publicHost).toBe('bot.example.com');
    expect(result.ok && result.settings.developer.privacyUrl).toBe('https://bot.example.com:8443/id06/privacy');
  });

  it('prefers explicit variables over the defaults', () => {
    const env = { ...good, APP_VERSION: '2.0.1', DEVELOPER_NAME: 'Bygg AB', DEVELOPER_TERMS_URL: 'https://bygg.example/terms' };
    const result = settingsFromEnv(env, '0.1.0');
    expect(result.ok && result.settings.appVersion).toBe('2.0.1');
    expect(result.ok && result.settings.developer).toMatchObject({ name: 'Bygg AB', termsOfUseUrl: 'https://bygg.example/terms' });
  });

  it.each([
    ['MicrosoftAppId missing', { PUBLIC_BASE_URL: good.PUBLIC_BASE_URL }, "MicrosoftAppId is required (the bot's Entra app id)"],
    ['MicrosoftAppId blank', { ...good, MicrosoftAppId: '  ' }, "MicrosoftAppId is required (the bot's Entra app id)"],
    [
      'MicrosoftAppId not a GUID',
      { ...good, MicrosoftAppId: 'my-bot' },
      'MicrosoftAppId must be a GUID, e.g. 00000000-0000-0000-0000-000000000000',
    ],
    ['PUBLIC_BASE_URL missing', { MicrosoftAppId: APP_ID }, 'PUBLIC_BASE_URL is required (the https URL the bot is served at)'],
    ['PUBLIC_BASE_URL http', { ...good, PUBLIC_BASE_URL: 'http://bot.example.com' }, 'PUBLIC_BASE_URL must be an https:// URL'],
    ['PUBLIC_BASE_URL not a URL', { ...good, PUBLIC_BASE_URL: 'bot.example.com' }, 'PUBLIC_BASE_URL must be an https:// URL'],
    ['APP_VERSION not semver', { ...good, APP_VERSION: '1.0' }, 'APP_VERSION must be MAJOR.MINOR.PATCH, e.g. 1.4.0'],
    ['DEVELOPER_NAME too long', { ...good, DEVELOPER_NAME: 'x'.repeat(33) }, 'DEVELOPER_NAME must be at most 32 characters'],
    ['DEVELOPER_PRIVACY_URL http', { ...good, DEVELOPER_PRIVACY_URL: 'http://x.example' }, 'DEVELOPER_PRIVACY_URL must be an https:// URL'],
  ])('refuses %s with one line naming the variable', (_, env, problem) => {
    expect(settingsFromEnv(env, '0.1.0')).toEqual({ ok: false, problems: [problem] });
  });
});
