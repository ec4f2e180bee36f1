import { describe, expect, it } from 'vitest';
import { AuthenticationConstants, ClaimsIdentity, GovernmentConstants } from 'botframework-connector';
import { parseConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createBotAuthentication } from '../../src/teams/botAuthentication';
import { msalConfiguration } from '../../src/teams/botCredentials';
import { authenticationOptions, resolveBotEndpoints } from '../../src/teams/botEndpoints';
import { SingleAttemptAuthentication } from '../../src/teams/singleAttempt';
import { tokenFailureHint } from '../../src/teams/tokenFailureHint';

import { PRODUCTION_ENV as production, TEST_APP_ID as APP_ID, TEST_TENANT as TENANT } from '../support/productionEnv';
const bot = (env: Record<string, string> = {}) => parseConfig({ ...production, ...env }).bot;

describe('Bot Framework endpoints from the environment', () => {
  it('are the SDK public-cloud defaults when nothing is set', () => {
    expect(authenticationOptions(resolveBotEndpoints(bot().endpoints))).toEqual({
      ValidateAuthority: true,
      ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: 'urn:botframework:azure',
    });
  });

  it('are the US government cloud defaults with its ChannelService', () => {
    const endpoints = resolveBotEndpoints(bot({ ChannelService: GovernmentConstants.ChannelService }).endpoints);
    expect(endpoints).toMatchObject({
      toChannelFromBotLoginUrl: GovernmentConstants.ToChannelFromBotLoginUrl,
      toBotFromChannelTokenIssuer: GovernmentConstants.ToBotFromChannelTokenIssuer,
      toBotFromChannelOpenIdMetadataUrl: GovernmentConstants.ToBotFromChannelOpenIdMetadataUrl,
      callerId: 'urn:botframework:azureusgov',
      cloudLoginHost: 'login.microsoftonline.us',
    });
  });

  it('override one setting at a time and keep the cloud defaults for the rest (botbuilder alone would blank them)', () => {
    const endpoints = resolveBotEndpoints(
      bot({ ToBotFromChannelOpenIdMetadataUrl: 'https://keys.example.com/openid', ValidateAuthority: 'FALSE' }).endpoints,
    );
    expect(endpoints).toMatchObject({
      toBotFromChannelOpenIdMetadataUrl: 'https://keys.example.com/openid',
      validateAuthority: false,
      toChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      toBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a plain-http login URL (msal-node refuses it)',
      { ToChannelFromBotLoginUrl: 'http://login.example.com/botframework.com' },
      /^ToChannelFromBotLoginUrl: must be an absolute https URL/,
    ],
    [
      'an OpenID URL that is not a URL',
      { ToBotFromChannelOpenIdMetadataUrl: 'keys' },
      /^ToBotFromChannelOpenIdMetadataUrl: must be an absolute https URL/,
    ],
    [
      'an unknown ChannelService',
      { ChannelService: 'https://botframework.example.com' },
      /^ChannelService: must be empty \(public cloud\) or https:\/\/botframework.azure.us/,
    ],
    ['a ValidateAuthority that is not a boolean', { ValidateAuthority: 'yes' }, /^ValidateAuthority: must be true or false/],
  ])('refuses %s at start-up', (_name, env, message) => {
    expect(() => parseConfig({ ...production, ...env })).toThrow(message);
  });
});

describe('the msal-node client of the bot token', () => {
  it('uses the SDK defaults in the public cloud: the tenant authority, no knownAuthorities', () => {
    const settings = bot();
    expect(msalConfiguration(settings, resolveBotEndpoints(settings.endpoints)).auth).toEqual({
      clientId: APP_ID,
      clientSecret: 'secret',
      authority: `https://login.microsoftonline.com/${TENANT}`,
    });
  });

  it('asks the Bot Framework tenant for a MultiTenant app, as botbuilder does', () => {
    const settings = parseConfig({ ...production, MicrosoftAppTenantId: '', MicrosoftAppType: 'MultiTenant' }).bot;
    expect(msalConfiguration(settings, resolveBotEndpoints(settings.endpoints)).auth.authority).toBe(
      'https://login.microsoftonline.com/botframework.com',
    );
  });

  it('names a login host msal-node does not know, so it reads that host instead of asking login.microsoftonline.com', () => {
    const settings = bot({ ToChannelFromBotLoginUrl: 'https://127.0.0.1:8443/botframework.com' });
    expect(msalConfiguration(settings, resolveBotEndpoints(settings.endpoints)).auth).toMatchObject({
      authority: `https://127.0.0.1:8443/${TENANT}`,
      knownAuthorities: ['127.0.0.1:8443'],
    });
  });

  it('names the public host too when ValidateAuthority is false', () => {
    const settings = bot({ ValidateAuthority: 'false' });
    expect(msalConfiguration(settings, resolveBotEndpoints(settings.endpoints)).auth.knownAuthorities).toEqual([
      'login.microsoftonline.com',
    ]);
  });
});

describe('the proactive adapter', () => {
  it('gets the inbound settings: a configured scope reaches its connector credentials', async () => {
    const authentication = createBotAuthentication(
      bot({ ToChannelFromBotOAuthScope: 'https://api.botframework.example' }),
      createLogger('silent'),
    );
    const proactive = new SingleAttemptAuthentication(authentication, 1_000);
    const claims = new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: APP_ID }], true);
    const client = (await proactive.createConnectorFactory(claims).create('https://smba.trafficmanager.net/emea/')) as unknown as {
      credentials: { oAuthScope: string; appId: string };
    };
    expect(client.credentials).toMatchObject({ appId: APP_ID, oAuthScope: 'https://api.botframework.example' });
  });
});

describe('what the log says when the bot cannot get its token', () => {
  it.each<[string, unknown, string | null, RegExp]>([
    [
      'a wrong secret',
      new Error('invalid_client: Error(s): 7000215 - Description: AADSTS7000215: Invalid client secret provided.'),
      'AADSTS7000215',
      /MicrosoftAppPassword is not a valid client secret/,
    ],
    [
      'an expired secret',
      new Error('invalid_client: AADSTS7000222: The provided client secret keys for app are expired.'),
      'AADSTS7000222',
      /MicrosoftAppPassword has expired/,
    ],
    [
      'an unknown app id',
      new Error('unauthorized_client: AADSTS700016: Application with identifier was not found'),
      'AADSTS700016',
      /MicrosoftAppId is not an app registration in this tenant/,
    ],
    [
      'a DNS failure',
      Object.assign(new Error('getaddrinfo ENOTFOUND login.example.com'), { code: 'ENOTFOUND' }),
      'ENOTFOUND',
      /does not resolve/,
    ],
    [
      'an untrusted certificate',
      new Error('self-signed certificate in certificate chain (SELF_SIGNED_CERT_IN_CHAIN)'),
      'SELF_SIGNED_CERT_IN_CHAIN',
      /NODE_EXTRA_CA_CERTS/,
    ],
    ['something else', new Error('boom'), null, /the token request to https:\/\/login.example.com\/t failed/],
  ])('%s', (_name, err, code, hint) => {
    const result = tokenFailureHint(err, 'https://login.example.com/t');
    expect(result.code).toBe(code);
    expect(result.hint).toMatch(hint);
  });
});

describe('inbound connector clients', () => {
  const turn = (serviceUrl: string) => ({
    type: 'message',
    channelId: 'msteams',
    serviceUrl,
    conversation: { id: 'a:1' },
    from: { id: '29:u' },
    recipient: { id: '28:bot' },
  });

  it('are made once per service URL and shared by later turns, as is the user-token client', async () => {
    const inbound = createBotAuthentication(parseConfig({}).bot, createLogger('silent')).inbound;
    const clientOf = async (serviceUrl: string) => {
      const result = await inbound.authenticateRequest(turn(serviceUrl) as never, '');
      return result.connectorFactory!.create(serviceUrl, result.audience);
    };
    const emea = await clientOf('https://smba.example/emea/');
    expect(await clientOf('https://smba.example/emea/')).toBe(emea);
    const amer = await clientOf('https://smba.example/amer/');
    expect(amer).not.toBe(emea);
    expect((amer as unknown as { baseUri: string }).baseUri).toBe('https://smba.example/amer/');
    const claims = (await inbound.authenticateRequest(turn('https://smba.example/emea/') as never, '')).claimsIdentity;
    expect(await inbound.createUserTokenClient(claims)).toBe(await inbound.createUserTokenClient(claims));
  });
});
