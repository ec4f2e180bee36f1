import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DownloadRefusedError, DownloadTooLargeError, guardedDownload } from '../../src/http/guardedDownload';
import { hostAllowed } from '../../src/http/hostList';
import { FakeConnector } from '../support/fakeConnector';

/** The bot's token goes to the attachment host only, never along a redirect to another host. */
let connector: FakeConnector;
let other: FakeConnector;
const hostOf = (f: FakeConnector) => new URL(f.url).host;

beforeAll(async () => {
  connector = await new FakeConnector().start();
  other = await new FakeConnector().start();
});
afterAll(async () => {
  await connector.stop();
  await other.stop();
});

const credential = () => ({ authorization: 'Bearer BOT-TOKEN', hosts: [hostOf(connector)] });

describe('guardedDownload', () => {
  it('sends the token to a token host and drops it on a redirect to another allowed host', async () => {
    other.addFile('blob', Buffer.from('bytes'));
    connector.addFile('same', Buffer.from('same-host'));
    const url = connector.addRedirect('hop', `${other.url}files/blob`, 307);
    const bytes = await guardedDownload(url, { allowedHosts: [hostOf(connector), hostOf(other)], credential: credential(), maxBytes: 100 });
    expect(bytes.toString()).toBe('bytes');
    expect(connector.fileRequests.at(-1)).toEqual({ name: 'hop', authorization: 'Bearer BOT-TOKEN' });
    expect(other.fileRequests.at(-1)).toEqual({ name: 'blob', authorization: undefined });
  });

  it('keeps the token on a redirect within the same host', async () => {
    connector.addFile('final', Buffer.from('ok'));
    const url = connector.addRedirect('inside', `/files/final`);
    await guardedDownload(url, { allowedHosts: [hostOf(connector)], credential: credential(), maxBytes: 100 });
    expect(connector.fileRequests.at(-1)).toEqual({ name: 'final', authorization: 'Bearer BOT-TOKEN' });
  });

  it('sends nothing to a host that is not on the list, first hop or later', async () => {
    const before = other.fileRequests.length;
    await expect(
      guardedDownload(`${other.url}files/blob`, { allowedHosts: [hostOf(connector)], credential: credential(), maxBytes: 100 }),
    ).rejects.toBeInstanceOf(DownloadRefusedError);
    const url = connector.addRedirect('away', `${other.url}files/blob`);
    await expect(
      guardedDownload(url, { allowedHosts: [hostOf(connector)], credential: credential(), maxBytes: 100 }),
    ).rejects.toMatchObject({ reason: 'host_not_allowed', hop: 1 });
    expect(other.fileRequests.length).toBe(before);
  });

  it('never gives the token to a host that only serves files', async () => {
    other.addFile('file', Buffer.from('f'));
    await guardedDownload(`${other.url}files/file`, { allowedHosts: [hostOf(other)], credential: credential(), maxBytes: 100 });
    expect(other.fileRequests.at(-1)).toEqual({ name: 'file', authorization: undefined });
  });

  it('stops at the byte cap', async () => {
    connector.addFile('big', Buffer.alloc(1000));
    await expect(guardedDownload(`${connector.url}files/big`, { allowedHosts: [hostOf(connector)], maxBytes: 999 })).rejects.toBeInstanceOf(
      DownloadTooLargeError,
    );
  });
});

describe('hostAllowed', () => {
  it('matches names, subdomains and ports as the settings table says', () => {
    const list = ['smba.trafficmanager.net', '*.sharepoint.com', '127.0.0.1:8080'];
    expect(hostAllowed(new URL('https://smba.trafficmanager.net/emea/v3/attachments/x'), list)).toBe(true);
    expect(hostAllowed(new URL('https://contoso.sharepoint.com/x'), list)).toBe(true);
    expect(hostAllowed(new URL('https://sharepoint.com/x'), list)).toBe(false);
    expect(hostAllowed(new URL('https://evilsharepoint.com/x'), list)).toBe(false);
    expect(hostAllowed(new URL('https://contoso.sharepoint.com.evil.net/x'), list)).toBe(false);
    expect(hostAllowed(new URL('https://smba.trafficmanager.net:8443/x'), list)).toBe(false);
    expect(hostAllowed(new URL('http://127.0.0.1:8080/x'), list)).toBe(true);
    expect(hostAllowed(new URL('http://127.0.0.1:8081/x'), list)).toBe(false);
  });
});
