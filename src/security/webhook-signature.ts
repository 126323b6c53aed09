import { createHmac } from 'node:crypto';

/**
 * An endpoint's signing secret: derived from the server's secret and the endpoint's id with an HMAC, so it is shown
 * once when the endpoint is registered and never stored; the worker derives it again to sign each delivery.
 */
export function webhookSigningSecret(endpointId: string, serverSecret: string): string {
  return `whsec_${createHmac('sha256', serverSecret).update(`webhook-signing:${endpointId}`).digest('base64url')}`;
}

/**
 * The `Samtale-Signature` header, after Stripe's: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. The
 * timestamp is signed with the body, so a receiver that refuses old ones cannot be fed a recorded delivery again.
 */
export function webhookSignature(signingSecret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', signingSecret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}
