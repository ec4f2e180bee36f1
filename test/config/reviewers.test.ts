import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config';

describe('reviewer configuration', () => {
  it('defaults to no reviewers', () => {
    expect(parseConfig({}).reviewers).toEqual({ emails: [], channelConversationId: null });
  });
  it('parses e-mails (lower-cased) and a review channel (bare channel id)', () => {
    const config = parseConfig({
      REVIEWER_EMAILS: ' Rita@Issuer.example, ivan@issuer.example ',
      REVIEW_CHANNEL_ID: '19:review@thread.tacv2;messageid=123',
    });
    expect(config.reviewers).toEqual({
      emails: ['rita@issuer.example', 'ivan@issuer.example'],
      channelConversationId: '19:review@thread.tacv2',
    });
  });
  it('refuses a malformed e-mail, naming the variable', () => {
    expect(() => parseConfig({ REVIEWER_EMAILS: 'rita@issuer.example,not-an-email' })).toThrow(ConfigError);
    expect(() => parseConfig({ REVIEWER_EMAILS: 'not-an-email' })).toThrow(
      /^REVIEWER_EMAILS: must be a comma-separated list of e-mail addresses/,
    );
  });
});
