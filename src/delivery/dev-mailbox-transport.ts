import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
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
      await db
        .insertInto('dev_mailbox')
        .values({
          id: randomUUID(),
          organisation_id: email.organisationId,
          outbox_id: email.outboxId,
          recipient: email.to,
          subject: email.subject,
          raw: (info.message as Buffer).toString('utf8'),
          delivered_at: clock.now().toISOString(),
        })
        .execute();
    },
    async close() {},
  };
}
