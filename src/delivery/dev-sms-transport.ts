import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { OutgoingSms, SmsTransport } from './sms-transport.js';

/**
 * Development delivery: keeps each text message in the database so a person can read it through the API. Used
 * when no SMS gateway is configured.
 */
export function devSmsTransport(db: Db, clock: Clock): SmsTransport {
  return {
    async send(sms: OutgoingSms) {
      await db
        .insertInto('dev_sms')
        .values({
          id: randomUUID(),
          organisation_id: sms.organisationId,
          outbox_id: sms.outboxId,
          recipient: sms.to,
          sender: null,
          body: sms.body,
          delivered_at: clock.now().toISOString(),
        })
        .execute();
    },
    async close() {},
  };
}
