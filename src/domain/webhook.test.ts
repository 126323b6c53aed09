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
});
