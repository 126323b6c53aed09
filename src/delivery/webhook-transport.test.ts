import type { LookupAddress } from 'node:dns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../test/support/webhook-receiver.js';
import { PermanentDeliveryError } from './email-transport.js';
import { connectionOptions, postToCheckedAddress, REFUSED_HOST, systemLookup, type HostLookup } from './webhook-transport.js';

let receiver: WebhookReceiver;
beforeEach(async () => {
  receiver = await startWebhookReceiver();
});
afterEach(() => receiver.close());

/** A resolver that answers each name from the table, and counts how often it was asked. */
function resolver(table: Record<string, string[]>): HostLookup & { asked: string[] } {
  const asked: string[] = [];
  const lookup = async (hostname: string): Promise<LookupAddress[]> => {
    asked.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { asked });
}

/** The receiver's address with another host name in place of 127.0.0.1. */
const receiverAt = (hostname: string) => {
  const url = new URL(receiver.url);
  url.hostname = hostname;
  return url;
};

const post = (url: URL, lookup: HostLookup, loopback = true) => postToCheckedAddress(url, { 'content-type': 'application/json' }, '{"id":"e-1"}', { loopback, lookup });

describe('posting a webhook to a host name', () => {
  it('connects to the address the name resolved to and was checked, asking the resolver once, and names the host in the request', async () => {
    const lookup = resolver({ 'hooks.ats.example': ['127.0.0.1'] });
    expect(await post(receiverAt('hooks.ats.example'), lookup)).toBe(200);
    expect(lookup.asked).toEqual(['hooks.ats.example']);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.headers.host).toBe(`hooks.ats.example:${new URL(receiver.url).port}`);
    expect(receiver.received[0]!.body).toBe('{"id":"e-1"}');
  });

  it('refuses for good, before connecting, a name that resolves to a private address', async () => {
    const refused = post(receiverAt('hooks.ats.example'), resolver({ 'hooks.ats.example': ['10.0.0.7'] }));
    await expect(refused).rejects.toThrow(PermanentDeliveryError);
    await expect(refused).rejects.toThrow(REFUSED_HOST);
    expect(receiver.received).toEqual([]);
  });

  it('refuses a name of which any one address is loopback, though another is public', async () => {
    const lookup = resolver({ 'hooks.ats.example': ['93.184.216.34', '::1'] });
    await expect(post(receiverAt('hooks.ats.example'), lookup)).rejects.toThrow(REFUSED_HOST);
  });

  it("refuses 'localhost' as the system resolves it, and 127.0.0.1 itself where tests are not allowed it", async () => {
    await expect(post(receiverAt('localhost'), systemLookup, false)).rejects.toThrow(REFUSED_HOST);
    await expect(post(new URL(receiver.url), systemLookup, false)).rejects.toThrow(REFUSED_HOST);
    expect(receiver.received).toEqual([]);
  });

  it('tries again later when the name does not resolve: that may pass', async () => {
    const failed = post(receiverAt('gone.ats.example'), resolver({}));
    await expect(failed).rejects.toThrow('The endpoint could not be reached: ENOTFOUND.');
    await expect(failed).rejects.not.toThrow(PermanentDeliveryError);
  });
});

describe('the connection to an endpoint', () => {
  it('goes to the checked address, while the Host header and the TLS server name are the registered host', () => {
    const options = connectionOptions(new URL('https://hooks.ats.example/samtale?v=1'), { address: '93.184.216.34', family: 4 });
    expect(options).toMatchObject({ host: '93.184.216.34', family: 4, port: 443, path: '/samtale?v=1', servername: 'hooks.ats.example', headers: { host: 'hooks.ats.example' } });
  });

  it('sends no TLS server name for an address written as such, and keeps a port given', () => {
    const options = connectionOptions(new URL('https://[2606:2800:220:1::1]:8443/hook'), { address: '2606:2800:220:1::1', family: 6 });
    expect(options).toMatchObject({ host: '2606:2800:220:1::1', port: '8443', headers: { host: '[2606:2800:220:1::1]:8443' } });
    expect(options).not.toHaveProperty('servername');
  });
});
