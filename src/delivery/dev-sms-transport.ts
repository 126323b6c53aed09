import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import { insertDevSms } from '../db/repositories/dev-sms.js';
import type { OutgoingSms, SmsTransport } from './sms-transport.js';

/**
 * Development delivery: keeps each text message in the database so a person can read it through the API. Used
 * when no SMS gateway is configured.
 */
export function devSmsTransport(db: Db, clock: Clock): SmsTransport {
  return {
    async send(sms: OutgoingSms) {
      await insertDevSms(db, { organisationId: sms.organisationId, outboxId: sms.outboxId, recipient: sms.to, body: sms.body }, clock.now());
    },
    async close() {},
  };
}
