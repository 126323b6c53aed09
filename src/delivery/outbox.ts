import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { devMailboxTransport } from './dev-mailbox-transport.js';
import { devSmsTransport } from './dev-sms-transport.js';
import type { SmsTransport } from './sms-transport.js';
import { twilioSmsTransport } from './twilio-sms-transport.js';
import type { EmailTransport } from './email-transport.js';
import { startOutboxWorker, type RunningWorker, type WorkerLog } from './outbox-worker.js';
import { smtpTransport } from './smtp-transport.js';

export function emailTransportFor(config: Config, db: Db, clock: Clock): EmailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl) : devMailboxTransport(db, clock);
}

export function smsTransportFor(config: Config, db: Db, clock: Clock): SmsTransport {
  return config.twilio ? twilioSmsTransport(config.twilio) : devSmsTransport(db, clock);
}

/** Starts delivering the outbox with the transports the configuration names; stopping also closes them. */
export function startDelivery(config: Config, db: Db, clock: Clock, log: WorkerLog): RunningWorker {
  const email = emailTransportFor(config, db, clock);
  const sms = smsTransportFor(config, db, clock);
  const worker = startOutboxWorker({ db, clock, secret: config.sessionSecret, publicUrl: config.publicUrl, email, sms, log });
  return {
    lastTickAt: worker.lastTickAt,
    async stop() {
      await worker.stop();
      await Promise.all([email.close(), sms.close()]);
    },
  };
}
