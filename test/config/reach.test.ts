import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config';
import { PRODUCTION_ENV as production, TEST_APP_ID } from '../support/productionEnv';

const GRAPH_APP = '0b6f1a7e-3c2d-4e5f-8a9b-1c2d3e4f5a6b';

describe('config: reaching cardholders the bot never met', () => {
  it('local mode without Graph credentials or SMTP: both paths off', () => {
    expect(parseConfig({}).reach).toEqual({ graph: null, mail: null });
  });

  it('production uses the bot registration for Graph, the public cloud, and the manifest id for the catalog lookup', () => {
    expect(parseConfig(production).reach.graph).toEqual({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      loginUrl: 'https://login.microsoftonline.com',
      clientId: TEST_APP_ID,
      clientSecret: 'secret',
      catalogAppId: null,
      externalAppId: TEST_APP_ID,
    });
  });

  it('test seams: Graph and the token endpoint point elsewhere; a separate app registration; a configured catalog id', () => {
    const graph = parseConfig({
      GRAPH_BASE_URL: 'https://127.0.0.1:8443/graph/v1.0/',
      MICROSOFT_LOGIN_URL: 'https://127.0.0.1:8443/',
      GRAPH_CLIENT_ID: GRAPH_APP,
      GRAPH_CLIENT_SECRET: 's',
      TEAMS_APP_CATALOG_ID: 'd2c6f111-ffad-42a0-b65f-ee00425598aa',
    }).reach.graph;
    expect(graph).toMatchObject({
      baseUrl: 'https://127.0.0.1:8443/graph/v1.0',
      loginUrl: 'https://127.0.0.1:8443',
      clientId: GRAPH_APP,
      catalogAppId: 'd2c6f111-ffad-42a0-b65f-ee00425598aa',
      externalAppId: GRAPH_APP,
    });
  });

  it('SMTP_URL turns the e-mail path on; the sender defaults to the public host', () => {
    expect(parseConfig({ ...production, SMTP_URL: 'smtps://bot:pw@mail.example.com:465' }).reach.mail).toEqual({
      smtpUrl: 'smtps://bot:pw@mail.example.com:465',
      from: 'ID06 <no-reply@bot.example.com>',
    });
    expect(parseConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Bygg <id06@bygg.example>' }).reach.mail?.from).toBe(
      'Bygg <id06@bygg.example>',
    );
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a Graph URL over http', { GRAPH_BASE_URL: 'http://graph.example.com' }, /^GRAPH_BASE_URL: must be an absolute https URL/],
    ['a login URL that is not a URL', { MICROSOFT_LOGIN_URL: 'login' }, /^MICROSOFT_LOGIN_URL: must be an absolute https URL/],
    ['a Graph client id that is not a GUID', { GRAPH_CLIENT_ID: 'bot' }, /^GRAPH_CLIENT_ID: must be a GUID/],
    [
      'a Graph client id without its secret',
      { GRAPH_CLIENT_ID: GRAPH_APP },
      /^GRAPH_CLIENT_SECRET: is required when GRAPH_CLIENT_ID is set/,
    ],
    ['an SMTP URL of another scheme', { SMTP_URL: 'https://mail.example.com' }, /^SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/],
    ['a sender that is not an address', { MAIL_FROM: 'nobody' }, /^MAIL_FROM: must be an address/],
  ])('refuses %s with one line naming the variable', (_name, env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('never echoes the SMTP URL (it carries the password)', () => {
    expect(() => parseConfig({ SMTP_URL: 'ftp://bot:hunter2@mail.example.com' })).toThrow(/^SMTP_URL: [^]*$/);
    expect(() => parseConfig({ SMTP_URL: 'ftp://bot:hunter2@mail.example.com' })).not.toThrow(/hunter2/);
  });
});
