import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { deleteExpiredSessions } from '../db/repositories/sessions.js';
import { devMailboxTransport } from './dev-mailbox-transport.js';
import { devSmsTransport } from './dev-sms-transport.js';
import type { SmsTransport } from './sms-transport.js';
import { twilioSmsTransport } from './twilio-sms-transport.js';
import type { EmailTransport } from './email-transport.js';
import { startOutboxWorker, type RunningWorker, type WorkerLog } from './outbox-worker.js';
import { smtpTransport } from './smtp-transport.js';

export function emailTransportFor(config: Config, db: Db, clock: Clock): EmailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl, config.outboxConcurrency) : devMailboxTransport(db, clock);
}

export function smsTransportFor(config: Config, db: Db, clock: Clock): SmsTransport {
  return config.twilio ? twilioSmsTransport(config.twilio) : devSmsTransport(db, clock);
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Starts the background work with the transports the configuration names: delivering the outbox, and once an
 * hour removing expired sessions (they no longer let anyone in, and need not be kept). Stopping ends both and
 * closes the transports.
 */
export function startDelivery(config: Config, db: Db, clock: Clock, log: WorkerLog): RunningWorker {
  const email = emailTransportFor(config, db, clock);
  const sms = smsTransportFor(config, db, clock);
  const worker = startOutboxWorker({
    db,
    clock,
    secret: config.sessionSecret,
    publicUrl: config.publicUrl,
    webhooksToLoopback: config.webhooksToLoopback,
    email,
    sms,
    log,
    concurrency: config.outboxConcurrency,
  });
  const purge = () =>
    deleteExpiredSessions(db, clock.now()).catch((error: unknown) =>
      log.warn({ error: error instanceof Error ? error.name : 'unknown' }, 'removing expired sessions failed'),
    );
  void purge();
  const housekeeping = setInterval(() => void purge(), HOUR_MS);
  housekeeping.unref();
  return {
    lastTickAt: worker.lastTickAt,
    async stop() {
      clearInterval(housekeeping);
      await worker.stop();
      await Promise.all([email.close(), sms.close()]);
    },
  };
}
