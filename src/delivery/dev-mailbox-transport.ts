import nodemailer from 'nodemailer';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { insertDevMail } from '../db/repositories/dev-mailbox.js';
import { toMailOptions, type EmailTransport, type OutgoingEmail } from './email-transport.js';

/**
 * Development delivery: builds the complete MIME message as SMTP would carry it, and keeps it in the database so
 * a person can read it through the API and click its links. Used when no SMTP_URL is configured.
 */
export function devMailboxTransport(db: Db, clock: Clock): EmailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true });
  return {
    async send(email: OutgoingEmail) {
      const info = await builder.sendMail(toMailOptions(email));
      const raw = (info.message as Buffer).toString('utf8');
      await insertDevMail(db, { organisationId: email.organisationId, outboxId: email.outboxId, recipient: email.to, subject: email.subject, raw }, clock.now());
    },
    async close() {},
  };
}
