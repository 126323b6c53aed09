import { describe, expect, it } from 'vitest';
import { deliverableAddress, isInternalAddress, webhookUrlProblem } from './webhook.js';

describe('a webhook address', () => {
  it('is https', () => {
    expect(webhookUrlProblem('https://ats.example/hooks/samtale', { loopback: false })).toBeNull();
    expect(webhookUrlProblem('http://ats.example/hooks', { loopback: false })).toBe('must be an https:// address');
    expect(webhookUrlProblem('ftp://ats.example/hooks', { loopback: true })).toBe('must be an https:// address');
    expect(webhookUrlProblem('ats.example/hooks', { loopback: false })).toBe('is not a valid URL');
  });

  it('holds no user name or password, which would be stored and shown in plain', () => {
    expect(webhookUrlProblem('https://ats:secret@ats.example/hooks', { loopback: false })).toBe('may not hold a user name or password');
  });

  it('may be http://127.0.0.1 only where tests are allowed it, and no other plain-http host even then', () => {
    expect(webhookUrlProblem('http://127.0.0.1:4000/hooks', { loopback: false })).toBe('must be an https:// address');
    expect(webhookUrlProblem('http://127.0.0.1:4000/hooks', { loopback: true })).toBeNull();
    expect(webhookUrlProblem('http://localhost:4000/hooks', { loopback: true })).toBe('must be an https:// address');
  });

  it('is not an address of the server\'s own network, which one organisation could otherwise probe through Samtale', () => {
    for (const url of [
      'https://localhost/hooks',
      'https://api.localhost/hooks',
      'https://127.0.0.1/hooks',
      'https://2130706433/hooks',
      'https://10.1.2.3/hooks',
      'https://172.20.0.5/hooks',
      'https://192.168.1.10/hooks',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/hooks',
      'https://0.0.0.0/hooks',
      'https://[::1]/hooks',
      'https://[fd00::1]/hooks',
      'https://[fe80::1]/hooks',
      'https://[::ffff:10.0.0.1]/hooks',
    ]) {
      expect(webhookUrlProblem(url, { loopback: false }), url).toBe('may not be an address of a private or local network');
    }
    expect(webhookUrlProblem('https://172.32.0.1/hooks', { loopback: false })).toBeNull();
    expect(webhookUrlProblem('https://[2001:db8::1]/hooks', { loopback: false })).toBeNull();
    expect(webhookUrlProblem('https://10.0.0.1/hooks', { loopback: true })).toBe('may not be an address of a private or local network');
  });
});

describe('the addresses a webhook host name resolves to', () => {
  const resolved = (...addresses: string[]) => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('are posted to, at the first of them, when all are public', () => {
    expect(deliverableAddress(resolved('93.184.216.34', '2606:2800:220:1::1'), { loopback: false })).toEqual({ address: '93.184.216.34', family: 4 });
  });

  it('are refused when any of them is private, loopback, link-local or unique-local: a resolver may hand out either', () => {
    for (const inside of ['10.0.0.5', '127.0.0.1', '172.16.4.4', '192.168.1.1', '169.254.169.254', '100.64.0.9', '0.0.0.0', '::1', '::', 'fd12::1', 'fe80::1', 'fe80::1%eth0', '::ffff:10.0.0.1', '::ffff:7f00:1', '224.0.0.251', '255.255.255.255', 'ff02::1']) {
      expect(deliverableAddress(resolved('93.184.216.34', inside), { loopback: false }), inside).toBeNull();
      expect(isInternalAddress(inside), inside).toBe(true);
    }
    expect(isInternalAddress('172.32.0.1')).toBe(false);
    expect(isInternalAddress('not an address')).toBe(false);
  });

  it('are refused when there are none', () => {
    expect(deliverableAddress([], { loopback: true })).toBeNull();
  });

  it('may be 127.0.0.1 only where tests are allowed it, and no other address of the server even then', () => {
    expect(deliverableAddress(resolved('127.0.0.1'), { loopback: true })).toEqual({ address: '127.0.0.1', family: 4 });
    expect(deliverableAddress(resolved('127.0.0.1'), { loopback: false })).toBeNull();
    // What 'localhost' usually resolves to: ::1 is not the test receiver's address.
    expect(deliverableAddress(resolved('127.0.0.1', '::1'), { loopback: true })).toBeNull();
    expect(deliverableAddress(resolved('10.0.0.1'), { loopback: true })).toBeNull();
  });
});
