import { describe, expect, it } from 'vitest';
import { webhookUrlProblem } from './webhook.js';

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
