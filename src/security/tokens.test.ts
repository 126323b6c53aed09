import { describe, expect, it } from 'vitest';
import { hashToken, newSecretToken } from './tokens.js';

describe('secret tokens', () => {
  it('carry 256 bits of randomness in URL-safe characters', () => {
    const token = newSecretToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(newSecretToken()).not.toBe(token);
  });

  it('hash to a value that depends on the server secret and never contains the token', () => {
    const token = newSecretToken();
    const hash = hashToken(token, 'secret-one-secret-one-secret-one');
    expect(hash).not.toContain(token);
    expect(hashToken(token, 'secret-one-secret-one-secret-one')).toBe(hash);
    expect(hashToken(token, 'secret-two-secret-two-secret-two')).not.toBe(hash);
  });
});
