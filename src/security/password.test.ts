import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.js';

describe('password hashing', () => {
  it('accepts the password that was hashed and refuses another', async () => {
    const stored = await hashPassword('korrekt hest batteri');
    expect(await verifyPassword('korrekt hest batteri', stored)).toBe(true);
    expect(await verifyPassword('korrekt hest batteri ', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords give different hashes', async () => {
    expect(await hashPassword('samme')).not.toBe(await hashPassword('samme'));
  });

  it('never contains the password itself', async () => {
    expect(await hashPassword('hemmeligt-ord')).not.toContain('hemmeligt');
  });

  it('treats the composed and decomposed forms of æ, ø, å as the same password', async () => {
    const stored = await hashPassword('Åbenrå'.normalize('NFD'));
    expect(await verifyPassword('Åbenrå'.normalize('NFC'), stored)).toBe(true);
  });

  it('refuses a stored value in an unknown format', async () => {
    expect(await verifyPassword('x', 'plain:x')).toBe(false);
  });
});
