import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config';

import { PRODUCTION_ENV as production, TEST_APP_ID as APP_ID, TEST_TENANT as TENANT } from '../support/productionEnv';

describe('config', () => {
  it('defaults to local mode on 127.0.0.1:3978 with the SQLite file', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ mode: 'local', host: '127.0.0.1', port: 3978, databasePath: 'data/id06.sqlite', logLevel: 'info' });
  });

  it('keeps local mode on loopback even when HOST asks otherwise', () => {
    expect(parseConfig({ HOST: '0.0.0.0' }).host).toBe('127.0.0.1');
  });

  it('parses production mode with the tenant allow-list', () => {
    const config = parseConfig(production);
    expect(config.mode).toBe('production');
    expect(config.host).toBe('0.0.0.0');
    expect(config.allowedTenantIds).toEqual([TENANT]);
    expect(config.publicBaseUrl).toBe('https://bot.example.com');
    expect(config.bot).toMatchObject({ appId: APP_ID, appType: 'SingleTenant', appTenantId: TENANT });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a port that is not a number', { PORT: 'abc' }, /^PORT: /],
    ['a port out of range', { PORT: '70000' }, /^PORT: must be a port number/],
    ['an unknown log level', { LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
    ['a public URL that is not a URL', { PUBLIC_BASE_URL: 'bot.example.com' }, /^PUBLIC_BASE_URL: must be an absolute URL/],
    ['an app id that is not a GUID', { MicrosoftAppId: 'my-bot' }, /^MicrosoftAppId: must be a GUID/],
    ['a tenant list with a non-GUID', { ALLOWED_TENANT_IDS: `${TENANT},contoso` }, /^ALLOWED_TENANT_IDS: must be a comma-separated list/],
    ['production without an allow-list', { ...production, ALLOWED_TENANT_IDS: '' }, /^ALLOWED_TENANT_IDS: must list at least one tenant/],
    ['production without a signing secret', { ...production, SIGNING_SECRET: '' }, /^SIGNING_SECRET: is required in production/],
    ['production over http', { ...production, PUBLIC_BASE_URL: 'http://bot.example.com' }, /^PUBLIC_BASE_URL: must be an https URL/],
    ['a short signing secret', { SIGNING_SECRET: 'short' }, /^SIGNING_SECRET: must be at least 32/],
    ['an unknown app type', { MicrosoftAppType: 'Legacy' }, /^MicrosoftAppType: /],
    [
      'production without data keys',
      { ...production, DATA_KEYS: '' },
      /^DATA_KEYS: is required in production mode \(personal data is encrypted at rest\)/,
    ],
    ['production without the current key id', { ...production, DATA_KEY_ID: '' }, /^DATA_KEY_ID: is required in production/],
    ['production without a blind index key', { ...production, DATA_INDEX_KEY: '' }, /^DATA_INDEX_KEY: is required in production/],
    [
      'a current key id not in DATA_KEYS',
      { ...production, DATA_KEY_ID: 'k2' },
      /^DATA_KEY_ID "k2" is not one of the ids in DATA_KEYS \(k1\)/,
    ],
  ])('refuses %s with one line naming the variable', (_name, env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('reads the data keys into the ring (production), none in plain local mode', () => {
    expect(parseConfig(production).keys?.current.id).toBe('k1');
    expect(parseConfig({}).keys).toBeNull();
  });

  it('never echoes a secret in the error', () => {
    try {
      parseConfig({ SIGNING_SECRET: 'tooshort-secret' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).not.toContain('tooshort-secret');
    }
  });

  it('stops the process with exit code 2 and one line on stderr', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATABASE_PATH: ':memory:' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: PORT: /);
  });
});
