import { describe, expect, it } from 'vitest';
import { checkActivity } from './activityGate';

const activity = {
  type: 'message',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  conversation: { id: 'a:1', tenantId: 't1' },
  from: { id: '29:1', aadObjectId: 'u1', name: 'Anna' },
  text: 'hello',
  locale: 'sv-SE',
  channelData: { tenant: { id: 't1' } },
};

describe('the activity gate', () => {
  it('lets a well-formed activity through with its tenant', () => {
    expect(checkActivity(activity, null)).toEqual({ ok: true, tenantId: 't1' });
    expect(checkActivity({ ...activity, from: undefined, text: null, locale: null, channelData: undefined }, ['t1'])).toEqual({
      ok: true,
      tenantId: 't1',
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no type', { type: undefined }, 'activity.type: expected a string'],
    ['an empty channel', { channelId: '' }, 'activity.channelId: must not be empty'],
    ['a javascript: service URL', { serviceUrl: 'javascript:alert(1)' }, 'activity.serviceUrl: must be an http(s) URL'],
    ['a service URL that is no URL', { serviceUrl: 'not a url' }, 'activity.serviceUrl: must be an http(s) URL'],
    ['no conversation', { conversation: undefined }, 'activity.conversation: expected an object'],
    ['a conversation array', { conversation: ['a'] }, 'activity.conversation: expected an object'],
    ['an object conversation tenant', { conversation: { id: 'c', tenantId: ['t'] } }, 'activity.conversation.tenantId: expected a string'],
    ['a null sender', { from: null }, 'activity.from: expected an object'],
    ['a sender name too long', { from: { id: 'x', name: 'n'.repeat(1025) } }, 'activity.from.name: longer than 1024 characters'],
    ['a numeric text', { text: 12345 }, 'activity.text: expected a string'],
    ['an object locale', { locale: { sv: true } }, 'activity.locale: expected a string'],
    ['an object tenant id', { channelData: { tenant: { id: { $ne: null } } } }, 'activity.channelData.tenant.id: expected a string'],
  ])('refuses %s, naming the field', (_name, change, reason) => {
    expect(checkActivity({ ...activity, ...change }, null)).toEqual({ ok: false, status: 400, reason });
  });

  it('refuses a body that is no object, and a tenant outside the allow-list', () => {
    expect(checkActivity([activity], null)).toMatchObject({ ok: false, status: 400 });
    expect(checkActivity(activity, ['other'])).toEqual({ ok: false, status: 403, reason: 'tenant not allowed' });
    expect(checkActivity({ ...activity, channelData: undefined, conversation: { id: 'c' } }, ['t1'])).toMatchObject({ status: 403 });
  });
});
