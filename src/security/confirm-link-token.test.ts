import { describe, expect, it } from 'vitest';
import { confirmLinkHash, confirmLinkToken, confirmLinkUrl } from './confirm-link-token.js';

const SECRET = 'server-secret-server-secret-server-secret';

describe('confirmation-link tokens', () => {
  it('carry 256 bits, are stable for one invitation and differ between invitations', () => {
    const token = confirmLinkToken('invitation-1', SECRET);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(confirmLinkToken('invitation-1', SECRET)).toBe(token);
    expect(confirmLinkToken('invitation-2', SECRET)).not.toBe(token);
  });

  it('cannot be made without the server secret', () => {
    expect(confirmLinkToken('invitation-1', `${SECRET}x`)).not.toBe(confirmLinkToken('invitation-1', SECRET));
  });

  it('are stored as a hash that neither is nor contains the token', () => {
    const token = confirmLinkToken('invitation-1', SECRET);
    expect(confirmLinkHash(token, SECRET)).not.toContain(token);
  });

  it('make a link under the public URL, keeping its path', () => {
    expect(confirmLinkUrl(new URL('https://jobs.example'), 'abc')).toBe('https://jobs.example/i/abc');
    expect(confirmLinkUrl(new URL('https://jobs.example/samtale'), 'abc')).toBe('https://jobs.example/samtale/i/abc');
  });
});
