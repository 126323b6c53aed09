import nodemailer from 'nodemailer';
import { DEFAULT_OUTBOX_CONCURRENCY } from '../config.js';
import { PermanentDeliveryError, toMailOptions, type EmailTransport, type OutgoingEmail } from './email-transport.js';

interface SmtpError extends Error {
  responseCode?: number;
  response?: string;
}

// nodemailer waits up to 10 minutes on a silent server by default; a worker's lease on a message is 5 minutes,
// so a hung send must give up well within it, or another worker would send the message again meanwhile.
const TIMEOUTS_MS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * Delivery to a real mail server over a pool of SMTP connections: as many as the worker sends at once, unless the
 * URL says (`?maxConnections=`).
 */
export function smtpTransport(smtpUrl: string, connections = DEFAULT_OUTBOX_CONCURRENCY): EmailTransport {
  const url = new URL(smtpUrl);
  url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', String(connections));
  for (const [name, ms] of Object.entries(TIMEOUTS_MS)) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
  }
  const transporter = nodemailer.createTransport(url.toString());
  return {
    async send(email: OutgoingEmail) {
      try {
        await transporter.sendMail(toMailOptions(email));
      } catch (error) {
        const smtpError = error as SmtpError;
        const reason = smtpError.response ?? smtpError.message;
        // 5xx is the server's final word (unknown recipient, refused sender); 4xx and network errors pass.
        if (smtpError.responseCode !== undefined && smtpError.responseCode >= 500) throw new PermanentDeliveryError(reason);
        throw new Error(reason);
      }
    },
    async close() {
      transporter.close();
    },
  };
}
