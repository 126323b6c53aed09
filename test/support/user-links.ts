import type { OutgoingEmail } from '../../src/delivery/email-transport.js';
import { deliverDue } from './outbox.js';
import type { TestApp } from './test-app.js';

/** Delivers what is due and returns the emails that left, as their recipients got them. */
export async function deliverAndRead(test: TestApp): Promise<OutgoingEmail[]> {
  const sent: OutgoingEmail[] = [];
  await deliverDue(test, { email: { send: async (email) => void sent.push(email), close: async () => {} } });
  return sent;
}

/** The token of the choose-password link in an email's text. */
export function linkTokenIn(email: OutgoingEmail): string {
  const match = /\/choose-password#([\w-]+)/.exec(email.text);
  if (!match) throw new Error(`no choose-password link in: ${email.text}`);
  return match[1]!;
}
