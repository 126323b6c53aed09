import { describe, expect, it } from 'vitest';
import { isSetupToken, setupToken } from './setup-token.js';

const SECRET = 'a-server-secret-of-at-least-32-characters';

describe('the setup token', () => {
  it('is the same for every process sharing the server secret, and has 256 bits', () => {
    expect(setupToken(SECRET)).toBe(setupToken(SECRET));
    expect(Buffer.from(setupToken(SECRET), 'base64url')).toHaveLength(32);
  });

  it('differs with another server secret', () => {
    expect(setupToken(`${SECRET}!`)).not.toBe(setupToken(SECRET));
  });

  it('is recognised only exactly', () => {
    expect(isSetupToken(setupToken(SECRET), SECRET)).toBe(true);
    expect(isSetupToken(setupToken(SECRET).slice(1), SECRET)).toBe(false);
    expect(isSetupToken('', SECRET)).toBe(false);
  });
});
