import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { webhookSignature, webhookSigningSecret } from './webhook-signature.js';

const SERVER_SECRET = 'test-secret-test-secret-test-secret';

describe('webhook signatures', () => {
  it('use a signing secret per endpoint that only the server secret yields', () => {
    const secret = webhookSigningSecret('endpoint-1', SERVER_SECRET);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(webhookSigningSecret('endpoint-1', SERVER_SECRET)).toBe(secret);
    expect(webhookSigningSecret('endpoint-2', SERVER_SECRET)).not.toBe(secret);
    expect(webhookSigningSecret('endpoint-1', `${SERVER_SECRET}-rotated`)).not.toBe(secret);
  });

  it('sign the timestamp in whole seconds together with the raw body, as Stripe does', () => {
    const body = '{"type":"invitation.answered"}';
    const header = webhookSignature('whsec_abc', body, new Date('2026-03-02T08:00:00.900Z'));
    const t = 1772438400;
    expect(header).toBe(`t=${t},v1=${createHmac('sha256', 'whsec_abc').update(`${t}.${body}`).digest('hex')}`);
  });
});
