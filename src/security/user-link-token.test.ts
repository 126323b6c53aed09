import { describe, expect, it } from 'vitest';
import { fillUserLinks, userLinkPlaceholder, userLinkToken } from './user-link-token.js';

const id = '0190a3c4-1111-7000-8000-000000000001';

describe('user links', () => {
  it('derive a 256-bit token that only the server secret yields', () => {
    const token = userLinkToken(id, 'secret-one');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(userLinkToken(id, 'secret-two')).not.toBe(token);
  });

  it('are filled into a stored text as it leaves, under any path the service is published at', () => {
    const text = `Choose your password: ${userLinkPlaceholder(id)}\n`;
    expect(fillUserLinks(text, 'secret-one', new URL('https://jobs.example/samtale'))).toBe(
      `Choose your password: https://jobs.example/samtale/choose-password#${userLinkToken(id, 'secret-one')}\n`,
    );
  });
});
