import { describe, expect, it } from 'vitest';
import { DEFAULT_ATTACHMENT_TOKEN_HOSTS, DEFAULT_TEAMS_FILE_HOSTS, parseConfig } from '../../src/config';

describe('ATTACHMENT_TOKEN_HOSTS and TEAMS_FILE_HOSTS', () => {
  it('default to the Bot Framework attachment service and SharePoint / OneDrive', () => {
    const { attachments } = parseConfig({});
    expect(attachments.tokenHosts).toEqual(DEFAULT_ATTACHMENT_TOKEN_HOSTS);
    expect(attachments.tokenHosts).toContain('smba.trafficmanager.net');
    expect(attachments.fileHosts).toEqual(DEFAULT_TEAMS_FILE_HOSTS);
    expect(attachments.fileHosts).toContain('*.sharepoint.com');
  });

  it('replace the defaults when set', () => {
    const { attachments } = parseConfig({
      ATTACHMENT_TOKEN_HOSTS: 'smba.example.net, *.corp.example',
      TEAMS_FILE_HOSTS: 'files.example:8443',
    });
    expect(attachments).toEqual({ tokenHosts: ['smba.example.net', '*.corp.example'], fileHosts: ['files.example:8443'] });
  });

  it('refuse an entry that is not a host, naming the variable', () => {
    expect(() => parseConfig({ TEAMS_FILE_HOSTS: 'https://contoso.sharepoint.com/' })).toThrow(
      /^TEAMS_FILE_HOSTS: must be a comma-separated list of host names/,
    );
    expect(() => parseConfig({ ATTACHMENT_TOKEN_HOSTS: '*' })).toThrow(/^ATTACHMENT_TOKEN_HOSTS:/);
  });
});
